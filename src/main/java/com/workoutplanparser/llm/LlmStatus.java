package com.workoutplanparser.llm;

import lombok.RequiredArgsConstructor;

import java.time.Instant;

/** What the service knows about its LLM right now, for /actuator/health and the start-up line. */
@RequiredArgsConstructor
public class LlmStatus {

    private final LlmAvailability availability;
    private final ParserMode mode;
    private final String provider;
    private final String model;
    private volatile String lastFailure;
    private volatile Instant lastFailureAt;

    public LlmAvailability availability() {
        return availability;
    }

    public ParserMode mode() {
        return mode;
    }

    /** No LLM can be called on this instance: every parse is the rules' and the catalog's, bounded by its text. */
    public boolean rulesOnly() {
        return mode == ParserMode.RULES || !availability.enabled();
    }

    public String provider() {
        return provider;
    }

    public String model() {
        return model;
    }

    public void failed(String reason) {
        lastFailure = reason;
        lastFailureAt = Instant.now();
    }

    public String lastFailure() {
        return lastFailure;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }
}
