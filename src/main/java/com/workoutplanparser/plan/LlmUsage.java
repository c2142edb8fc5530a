package com.workoutplanparser.plan;

/**
 * Tokens an LLM call used and what it is estimated to have cost.
 *
 * @param cached true when the reply came from the reply cache (no tokens were paid for this time)
 */
public record LlmUsage(long inputTokens, long outputTokens, double estimatedCostUsd, boolean cached) {

    public static final LlmUsage NONE = new LlmUsage(0, 0, 0.0, false);

    public LlmUsage plus(LlmUsage other) {
        return new LlmUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                estimatedCostUsd + other.estimatedCostUsd, cached && other.cached);
    }
}
