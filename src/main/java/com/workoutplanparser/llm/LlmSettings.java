package com.workoutplanparser.llm;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * The LLM step's configuration (prefix {@code llm}, mapped from the seed's LLM_* variables in llm.yaml).
 * Plain values, so tests build it without Spring.
 *
 * @param provider       LLM_PROVIDER
 * @param model          LLM_MODEL; empty means the provider's default
 * @param apiKey         LLM_API_KEY; empty means no LLM for providers that need a key
 * @param baseUrl        LLM_BASE_URL; required for openai-compatible, optional elsewhere
 * @param timeout        LLM_TIMEOUT for one HTTP call; a bare number is seconds
 * @param parserMode     PARSER_MODE; empty means hybrid when an LLM is configured, rules otherwise
 * @param maxConcurrentCalls LLM calls in flight at once; more submissions wait their turn
 * @param prices         USD per million tokens by model name (longest prefix wins)
 */
@ConfigurationProperties(prefix = "llm")
public record LlmSettings(
        @DefaultValue("openai") String provider,
        @DefaultValue("") String model,
        @DefaultValue("") String apiKey,
        @DefaultValue("") String baseUrl,
        Double temperature,
        @DefaultValue("2000") int maxTokens,
        @DefaultValue("60") @DurationUnit(ChronoUnit.SECONDS) Duration timeout,
        @DefaultValue("") String azureApiBase,
        @DefaultValue("2024-10-21") String azureApiVersion,
        @DefaultValue("") String parserMode,
        @DefaultValue("v1") String promptVersion,
        @DefaultValue("4") int maxConcurrentCalls,
        @DefaultValue Retry retry,
        @DefaultValue CircuitBreaker circuitBreaker,
        Map<String, Price> prices) {

    public LlmSettings {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    /**
     * Redelivery on 429 and 5xx: exponential backoff from {@code initialDelay}, a Retry-After from the provider
     * wins over the computed delay but never exceeds {@code maxDelay}.
     */
    public record Retry(@DefaultValue("2") int maxRedeliveries,
                        @DefaultValue("1s") Duration initialDelay,
                        @DefaultValue("2.0") double multiplier,
                        @DefaultValue("30s") Duration maxDelay) {
    }

    /** resilience4j circuit breaker settings (a call is bounded by LLM_TIMEOUT and the redelivery count). */
    public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
                                 @DefaultValue("10") int slidingWindowSize,
                                 @DefaultValue("5") int minimumNumberOfCalls,
                                 @DefaultValue("30s") Duration waitInOpenState,
                                 @DefaultValue("1") int permittedCallsInHalfOpenState) {
    }

    /** USD per million input and output tokens. */
    public record Price(double inputPerMillion, double outputPerMillion) {
    }

    public LlmProvider providerKind() {
        return LlmProvider.parse(provider);
    }

    /** LLM_PROVIDER as written (for logs and tags), also when it is not a known provider. */
    public String providerName() {
        return provider == null ? "" : provider.strip();
    }

    /** The model actually used: LLM_MODEL, else the provider's default. */
    public String effectiveModel() {
        if (model != null && !model.isBlank()) {
            return model.strip();
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
