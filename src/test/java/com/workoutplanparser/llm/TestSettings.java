package com.workoutplanparser.llm;

import java.time.Duration;
import java.util.Map;

/** LlmSettings for tests, with short delays and a small circuit-breaker window. */
final class TestSettings {

    String provider = "openai-compatible";
    String model = "gpt-4o-mini";
    String apiKey = "sk-test-0000";
    String baseUrl = "";
    Double temperature = 0.0;
    int maxTokens = 1500;
    Duration timeout = Duration.ofSeconds(5);
    String azureApiBase = "";
    String azureApiVersion = "2024-10-21";
    String parserMode = "";
    int maxConcurrentCalls = 4;
    int maxRedeliveries = 2;
    Duration initialDelay = Duration.ofMillis(20);
    Duration maxDelay = Duration.ofSeconds(2);
    int slidingWindow = 10;
    int minimumCalls = 10;
    Duration waitInOpenState = Duration.ofSeconds(30);
    String responseFormat = "auto";
    boolean verbose = false;

    static TestSettings openAiCompatible(String baseUrl) {
        TestSettings s = new TestSettings();
        s.baseUrl = baseUrl;
        return s;
    }

    LlmSettings build() {
        return new LlmSettings(provider, model, apiKey, baseUrl, temperature, maxTokens, timeout, azureApiBase,
                azureApiVersion, parserMode, "v1", maxConcurrentCalls,
                new LlmSettings.Retry(maxRedeliveries, initialDelay, 2.0, maxDelay),
                new LlmSettings.CircuitBreaker(50f, slidingWindow, minimumCalls, waitInOpenState, 1),
                Map.of("gpt-4o-mini", new LlmSettings.Price(0.15, 0.60)), responseFormat, verbose,
                new LlmSettings.ModelPrice(null, null));
    }
}
