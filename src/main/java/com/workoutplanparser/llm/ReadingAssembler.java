package com.workoutplanparser.llm;

import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.plan.PlanReading;
import java.util.function.ToDoubleFunction;

/** Turns the rules' reading and the LLM's outcome into what the parse stage hands on. */
public final class ReadingAssembler {

    private ReadingAssembler() {
    }

    /**
     * @param outcome null when the LLM was not asked (rules read everything, or PARSER_MODE=rules)
     * @param fit     how well a name fits the catalog (0: matches nothing), to choose between two readings of a line
     */
    public static PlanReading assemble(ParserMode mode, ParseResult rules, LlmRequest request, LlmOutcome outcome,
                                       ToDoubleFunction<String> fit) {
        if (request == null || outcome == null) {
            return PlanReading.byRules(rules);
        }
        if (!outcome.succeeded()) {
            // the rules' reading, as it is: what they left UNREAD sends the plan to review
            return new PlanReading(rules, "rules", outcome.usage(), outcome.failure());
        }
        if (mode == ParserMode.LLM) {
            return new PlanReading(ReadingMerger.llmOnly(rules, outcome.reading(), request), "llm",
                    outcome.usage(), null);
        }
        ParseResult merged = ReadingMerger.merge(rules, outcome.reading(), request, fit);
        return new PlanReading(merged, rules.isWorkout() ? "hybrid" : "llm", outcome.usage(), null);
    }
}
