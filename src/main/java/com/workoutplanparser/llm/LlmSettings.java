package com.workoutplanparser.llm;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The LLM step's configuration (prefix {@code llm}, mapped from the seed's LLM_* variables in llm.yaml, which holds
 * the defaults).
 * Plain values, so tests build it without Spring.
 *
 * @param provider       LLM_PROVIDER; empty means the provider LLM_MODEL's prefix names, else openai
 * @param model          LLM_MODEL, optionally LiteLLM-style ({@code ollama/mistral}, see {@link LlmModelName});
 *                       empty means the provider's default
 * @param apiKey         LLM_API_KEY; empty means no LLM for providers that need a key
 * @param baseUrl        LLM_BASE_URL; required for openai-compatible, optional elsewhere
 * @param timeout        LLM_TIMEOUT for one HTTP call; a bare number is seconds
 * @param parserMode     PARSER_MODE; empty means hybrid when an LLM is configured, rules otherwise
 * @param maxConcurrentCalls LLM calls in flight at once; more submissions wait their turn
 * @param prices         USD per million tokens by model name (longest prefix wins)
 * @param responseFormat LLM_RESPONSE_FORMAT: auto, json_schema or json_object ({@link ResponseFormatMode})
 * @param verbose        LLM_VERBOSE: log every request to and reply from the provider, plan text included
 * @param modelPrice     LLM_INPUT_PRICE_PER_MILLION / LLM_OUTPUT_PRICE_PER_MILLION: the configured model's price,
 *                       over the table (an Azure deployment name is not in it); null parts: the table's
 */
@ConfigurationProperties(prefix = "llm")
public record LlmSettings(
        String provider,
        String model,
        String apiKey,
        String baseUrl,
        Double temperature,
        int maxTokens,
        @DurationUnit(ChronoUnit.SECONDS) Duration timeout,
        String azureApiBase,
        String azureApiVersion,
        String parserMode,
        String promptVersion,
        int maxConcurrentCalls,
        Retry retry,
        CircuitBreaker circuitBreaker,
        Map<String, Price> prices,
        String responseFormat,
        boolean verbose,
        ModelPrice modelPrice) {

    public LlmSettings {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        modelPrice = modelPrice == null ? new ModelPrice(null, null) : modelPrice;
    }

    /**
     * Redelivery on 429 and 5xx: exponential backoff from {@code initialDelay}, a Retry-After from the provider
     * wins over the computed delay but never exceeds {@code maxDelay}.
     */
    public record Retry(int maxRedeliveries,
                        Duration initialDelay,
                        double multiplier,
                        Duration maxDelay) {
    }

    /** resilience4j circuit breaker settings (a call is bounded by LLM_TIMEOUT and the redelivery count). */
    public record CircuitBreaker(float failureRateThreshold,
                                 int slidingWindowSize,
                                 int minimumNumberOfCalls,
                                 Duration waitInOpenState,
                                 int permittedCallsInHalfOpenState) {
    }

    /** USD per million input and output tokens. */
    public record Price(double inputPerMillion, double outputPerMillion) {
    }

    /** The configured model's own price, when set: either part may be left to the table. */
    public record ModelPrice(Double inputPerMillion, Double outputPerMillion) {
        public boolean isSet() {
            return inputPerMillion != null || outputPerMillion != null;
        }
    }

    /**
     * The provider in force (see {@link LlmModelName#provider}).
     *
     * @throws LlmConfigurationException for an unknown LLM_PROVIDER, or one LLM_MODEL's prefix contradicts
     */
    public LlmProvider providerKind() {
        return modelName().provider(provider);
    }

    /** LLM_PROVIDER as written (for logs and tags), also when it is not a known provider; else the one in force. */
    public String providerName() {
        if (provider != null && !provider.isBlank()) {
            return provider.strip();
        }
        try {
            return providerKind().id();
        } catch (LlmConfigurationException e) {
            return "";
        }
    }

    public LlmModelName modelName() {
        return LlmModelName.parse(model);
    }

    public ResponseFormatMode responseFormatMode() {
        return ResponseFormatMode.parse(responseFormat);
    }

    /**
     * The model name the provider is sent: LLM_MODEL without its LiteLLM prefix, else the provider's default.
     */
    public String effectiveModel() {
        if (model != null && !model.isBlank()) {
            try {
                return modelName().sentAs(providerKind());
            } catch (LlmConfigurationException unknownOrConflicting) {
                return modelName().bare();
            }
        }
        try {
            return providerKind().defaultModel();
        } catch (LlmConfigurationException unknownProvider) {
            return null;
        }
    }

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }
}
