package com.workoutplanparser.llm;

import java.util.Locale;

/**
 * LLM_RESPONSE_FORMAT: how the reply's JSON is asked for. Older models (gpt-4-turbo-preview, gpt-3.5-turbo,
 * Azure API versions before 2024-08-01) refuse {@code json_schema} with HTTP 400; they still have JSON mode.
 */
public enum ResponseFormatMode {
    /** json_schema (strict); on a refusal, JSON mode for that model from then on. */
    AUTO,
    /** Always json_schema; a refusal is a failure (and says so). */
    JSON_SCHEMA,
    /** Always JSON mode: {@code response_format: json_object}, the schema written into the prompt. */
    JSON_OBJECT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResponseFormatMode parse(String value) {
        String v = value == null || value.isBlank() ? "auto" : value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (ResponseFormatMode m : values()) {
            if (m.id().equals(v)) {
                return m;
            }
        }
        throw new LlmConfigurationException("LLM_RESPONSE_FORMAT must be auto, json_schema or json_object; got '"
                + value + "'");
    }
}
