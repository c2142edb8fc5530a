package com.workoutplanparser.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The prompt, read from the versioned resources {@code llm/plan-reader-<version>.txt} (system instructions)
 * and {@code llm/plan-reader-<version>.correction.txt} (the retry after an invalid reply). Kept out of code and
 * YAML so that {@code {{ }}} never meets Camel's placeholders, and so that a new version changes the cache key.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class PlanPrompt {

    public static final String OPEN = "<<<PLAN_TEXT";
    public static final String CLOSE = "PLAN_TEXT>>>";

    private final String version;
    private final String system;
    private final String correction;

    /**
     * @param schemaInPrompt true for providers that cannot enforce a schema themselves: the schema is then
     *                       spelled out in the instructions
     */
    public static PlanPrompt load(String version, String schemaJson, boolean schemaInPrompt) {
        String system = resource("llm/plan-reader-" + version + ".txt");
        if (schemaInPrompt) {
            system = withSchema(system, schemaJson);
        }
        return new PlanPrompt(version, system, resource("llm/plan-reader-" + version + ".correction.txt"));
    }

    /**
     * The instructions with the reply schema spelled out, for models that cannot be given it as a format. Written
     * compact, as the APIs serialise a response_format: the indented file costs about 235 more tokens a call.
     */
    public static String withSchema(String system, String schemaJson) {
        return system + "\nThe JSON schema of your answer:\n" + compact(schemaJson) + "\n";
    }

    private static String compact(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json;
        }
    }

    public String version() {
        return version;
    }

    public String system() {
        return system;
    }

    /** The user turn: the plan lines, inside the delimiters, as data. */
    public String userMessage(LlmRequest request) {
        return (request.wholeText() ? "Read this workout plan.\n" : "Read these lines of a workout plan; "
                + "lines the service already read are left out, headings are given for context.\n")
                + OPEN + "\n" + request.excerpt() + CLOSE;
    }

    /** A mutable list: camel-langchain4j-chat writes the (possibly augmented) user message back into it. */
    public List<ChatMessage> messages(LlmRequest request) {
        return new ArrayList<>(List.of(SystemMessage.from(system), UserMessage.from(userMessage(request))));
    }

    /** The same conversation, plus the rejected reply and what was wrong with it. */
    public List<ChatMessage> correction(List<ChatMessage> asked, String rejectedReply, List<String> errors) {
        List<ChatMessage> messages = new ArrayList<>(asked);
        messages.add(AiMessage.from(rejectedReply == null || rejectedReply.isEmpty() ? "(empty)" : rejectedReply));
        messages.add(UserMessage.from(correction.formatted("- " + String.join("\n- ", errors))));
        return messages;
    }

    static String resource(String path) {
        try (InputStream in = PlanPrompt.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new LlmConfigurationException("no prompt resource " + path
                        + " (check LLM_PROMPT_VERSION)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
