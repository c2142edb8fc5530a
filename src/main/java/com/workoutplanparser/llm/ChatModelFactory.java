package com.workoutplanparser.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.List;
import java.util.Map;

/**
 * Builds the one {@link ChatModel} the LLM step talks to, from LLM_PROVIDER and friends.
 * Retries are switched off inside langchain4j ({@code maxRetries(0)}): redelivery is the route's job, so it is
 * declared once, with backoff and Retry-After.
 */
public final class ChatModelFactory {

    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String OLLAMA_URL = "http://localhost:11434";

    private ChatModelFactory() {
    }

    /** Whether the provider enforces the reply schema itself; when not, the schema goes into the prompt. */
    public static boolean enforcesSchema(LlmProvider provider) {
        return provider != LlmProvider.ANTHROPIC;
    }

    public static ChatModel create(LlmSettings s, String replySchemaJson, ChatModelListener listener) {
        LlmProvider provider = s.providerKind();
        List<ChatModelListener> listeners = List.of(listener);
        String model = s.effectiveModel();
        return switch (provider) {
            case OPENAI -> openAiFamily(s, replySchemaJson, listeners)
                    .baseUrl(orDefault(s.baseUrl(), OPENAI_URL))
                    .apiKey(s.apiKey())
                    // the current OpenAI API: max_tokens is refused by reasoning models
                    .maxCompletionTokens(s.maxTokens())
                    .build();
            case OPENAI_COMPATIBLE -> openAiFamily(s, replySchemaJson, listeners)
                    .baseUrl(s.baseUrl().strip())
                    // local servers often need no key; the client still wants one to send
                    .apiKey(s.hasApiKey() ? s.apiKey() : "not-needed")
                    .maxTokens(s.maxTokens())
                    .build();
            case AZURE -> openAiFamily(s, replySchemaJson, listeners)
                    .baseUrl(trimSlash(s.azureApiBase()) + "/openai/deployments/" + model)
                    .customHeaders(Map.of("api-key", s.apiKey()))
                    .customQueryParams(Map.of("api-version", s.azureApiVersion()))
                    .maxTokens(s.maxTokens())
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .httpClientBuilder(ProviderHttpClient.builder())
                    .baseUrl(orDefault(s.baseUrl(), OLLAMA_URL))
                    .modelName(model)
                    .temperature(s.temperature())
                    .numPredict(s.maxTokens())
                    .timeout(s.timeout())
                    .maxRetries(0)
                    .responseFormat(schemaFormat(replySchemaJson))
                    .listeners(listeners)
                    .build();
            case ANTHROPIC -> {
                AnthropicChatModel.AnthropicChatModelBuilder b = AnthropicChatModel.builder()
                        .httpClientBuilder(ProviderHttpClient.builder())
                        .apiKey(s.apiKey())
                        .modelName(model)
                        .temperature(s.temperature())
                        .maxTokens(s.maxTokens())
                        .timeout(s.timeout())
                        .maxRetries(0)
                        .listeners(listeners);
                if (s.baseUrl() != null && !s.baseUrl().isBlank()) {
                    b.baseUrl(s.baseUrl().strip());
                }
                yield b.build();
            }
        };
    }

    private static OpenAiChatModel.OpenAiChatModelBuilder openAiFamily(LlmSettings s, String schema,
                                                                       List<ChatModelListener> listeners) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(ProviderHttpClient.builder())
                .modelName(s.effectiveModel())
                .temperature(s.temperature())
                .timeout(s.timeout())
                .maxRetries(0)
                // response_format json_schema, strict: the API itself refuses to answer outside the schema
                .responseFormat(schemaFormat(schema))
                .strictJsonSchema(true)
                .listeners(listeners);
    }

    static ResponseFormat schemaFormat(String schemaJson) {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder()
                        .name("plan_reading")
                        .rootElement(JsonRawSchema.from(schemaJson))
                        .build())
                .build();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String trimSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
