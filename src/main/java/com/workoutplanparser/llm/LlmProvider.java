package com.workoutplanparser.llm;

import lombok.RequiredArgsConstructor;

import java.util.Locale;

/** LLM_PROVIDER: which API the chat model speaks. */
@RequiredArgsConstructor
public enum LlmProvider {
    OPENAI("openai", "gpt-4o-mini", true),
    ANTHROPIC("anthropic", "claude-haiku-4-5", true),
    /** Azure OpenAI, spoken through the OpenAI client (deployment URL, api-key header, api-version parameter). */
    AZURE("azure", null, true),
    OLLAMA("ollama", "llama3.1:8b", false),
    /** Any server that speaks the OpenAI chat API (vLLM, llama.cpp, LM Studio, LiteLLM…), at LLM_BASE_URL. */
    OPENAI_COMPATIBLE("openai-compatible", null, false);

    private final String id;
    private final String defaultModel;
    private final boolean keyRequired;

    /** The value as written in LLM_PROVIDER, also the metrics tag. */
    public String id() {
        return id;
    }

    /** The model used when LLM_MODEL is empty; null when the provider has no sensible default. */
    public String defaultModel() {
        return defaultModel;
    }

    /** Hosted APIs need LLM_API_KEY; local servers usually do not. */
    public boolean keyRequired() {
        return keyRequired;
    }

    public static LlmProvider parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (LlmProvider p : values()) {
            if (p.id.equals(v)) {
                return p;
            }
        }
        throw new LlmConfigurationException("LLM_PROVIDER must be one of openai, anthropic, azure, ollama, "
                + "openai-compatible; got '" + value + "'");
    }
}
