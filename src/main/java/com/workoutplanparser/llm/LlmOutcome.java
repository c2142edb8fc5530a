package com.workoutplanparser.llm;

import com.workoutplanparser.plan.LlmUsage;

/**
 * What {@code direct:llm-parse} answers: the LLM's reading, or why there is none; and what it cost either way
 * (an invalid reply is paid for too).
 *
 * @param reading null when the LLM gave no usable reading
 * @param failure why there is no reading, said for a reviewer (no plan text in it); null on success
 */
public record LlmOutcome(LlmReading reading, LlmUsage usage, String failure) {

    public static LlmOutcome read(LlmReading reading, LlmUsage usage) {
        return new LlmOutcome(reading, usage, null);
    }

    public static LlmOutcome failed(String failure, LlmUsage usage) {
        return new LlmOutcome(null, usage == null ? LlmUsage.NONE : usage, failure);
    }

    public boolean succeeded() {
        return reading != null;
    }
}
