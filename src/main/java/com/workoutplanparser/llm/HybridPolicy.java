package com.workoutplanparser.llm;

import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.plan.PlanEvidence;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a plan goes to the LLM, and with which lines. Rules always read first: that is free. In hybrid
 * mode only what is not understood is sent: lines the rules left unread, and lines they read as an exercise whose
 * name matches nothing in the catalog; a plan read and matched completely costs no call.
 */
public final class HybridPolicy {

    private HybridPolicy() {
    }

    public static Optional<LlmRequest> requestFor(ParserMode mode, ParseResult rules, String text) {
        return requestFor(mode, rules, text, Set.of());
    }

    /**
     * @param notUnderstood lines the rules read as an exercise whose name matches nothing in the catalog: in hybrid
     *                      mode they are not understood, and go to the LLM with the unread lines
     */
    public static Optional<LlmRequest> requestFor(ParserMode mode, ParseResult rules, String text,
                                                  Set<Integer> notUnderstood) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (mode) {
            case RULES -> Optional.empty();
            case LLM -> Optional.of(LlmRequest.wholeText(text));
            case HYBRID -> {
                if (!rules.isWorkout()) {
                    yield PlanEvidence.of(text).worthAsking() ? Optional.of(LlmRequest.wholeText(text)) : Optional.empty();
                }
                yield rules.fullyRead() && notUnderstood.isEmpty() ? Optional.empty()
                        : Optional.of(LlmRequest.notUnderstoodLines(rules, notUnderstood));
            }
        };
    }

    /** Signs that a text is a workout even though the rules read no exercise from it (see {@link PlanEvidence}). */
    public static boolean looksLikeAPlan(String text) {
        return PlanEvidence.of(text).worthAsking();
    }
}
