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
 * declared once, with backoff and Retry-After. Providers asked for a JSON schema get JSON mode as a way out
 * ({@link StructuredOutputFallback}, LLM_RESPONSE_FORMAT).
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
        ChatModel model = build(s, replySchemaJson, listener);
        return s.providerKind() == LlmProvider.ANTHROPIC ? model
                : new StructuredOutputFallback(model, s.responseFormatMode(), s.effectiveModel(), replySchemaJson);
    }

    /** The HTTP client of every model: logs each exchange when LLM_VERBOSE=true. */
    private static ProviderHttpClient.Builder http(LlmSettings s) {
        return ProviderHttpClient.builder().wireLog(s.verbose() ? new WireLog(s.apiKey()) : null);
    }

    private static ChatModel build(LlmSettings s, String replySchemaJson, ChatModelListener listener) {
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
                    .httpClientBuilder(http(s))
                    .baseUrl(ollamaBaseUrl(s.baseUrl()))
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
                        .httpClientBuilder(http(s))
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
                .httpClientBuilder(http(s))
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

    /**
     * Ollama's native API lives at the server's root ({@code /api/chat}); its OpenAI-compatible one under
     * {@code /v1}. The seed's .env gives the {@code /v1} URL, so that suffix (and {@code /api}) is dropped.
     */
    static String ollamaBaseUrl(String configured) {
        String url = trimSlash(orDefault(configured, OLLAMA_URL));
        for (String suffix : List.of("/v1", "/api")) {
            if (url.endsWith(suffix)) {
                url = trimSlash(url.substring(0, url.length() - suffix.length()));
            }
        }
        return url;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String trimSlash(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
