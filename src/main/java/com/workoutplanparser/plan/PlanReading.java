package com.workoutplanparser.plan;

import com.workoutplanparser.parse.ParseResult;

/**
 * What the parse stage hands to matching: the reading of the plan, which readers produced it,
 * and what the LLM (if any) cost.
 *
 * @param parser "rules", "llm" or "hybrid" (the response's {@code parser} field)
 * @param note   why the reading is partial (LLM unavailable, reply invalid…), null when nothing to say;
 *               shown to the reviewer
 */
public record PlanReading(ParseResult result, String parser, LlmUsage usage, String note) {

    public static PlanReading byRules(ParseResult result) {
        return new PlanReading(result, "rules", LlmUsage.NONE, null);
    }
}
