package com.workoutplanparser.match;

import java.util.List;

/**
 * The matcher's answer for one name.
 *
 * @param best               the most likely exercise, null when nothing in the catalog is close at all
 * @param alternatives       the next candidates, best first, never including {@code best}
 * @param unmatchedModifiers words of the name (equipment, weighted, paused, single-arm…) that no name of
 *                           {@code best} has: the base exercise was matched, the variant is not in the catalog
 * @param contextRule        the {@link ContextRules} rule that chose {@code best} from what the line says
 *                           besides the name ("cardio-machine", "bodyweight-block"), null when the name alone did
 */
public record MatchResult(String query, Candidate best, MatchLevel level, List<Candidate> alternatives,
                          List<String> unmatchedModifiers, String contextRule) {

    public MatchResult {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        unmatchedModifiers = unmatchedModifiers == null ? List.of() : List.copyOf(unmatchedModifiers);
    }

    public MatchResult(String query, Candidate best, MatchLevel level, List<Candidate> alternatives) {
        this(query, best, level, alternatives, List.of(), null);
    }

    public static MatchResult none(String query) {
        return new MatchResult(query, null, MatchLevel.UNMATCHED, List.of());
    }

    public double confidence() {
        return best == null ? 0.0 : best.confidence();
    }

    /** True when context, not the name alone, chose the exercise. */
    public boolean decidedByContext() {
        return contextRule != null;
    }

    /** A short human note on why the match is what it is, null when there is nothing to say. */
    public String note() {
        StringBuilder b = new StringBuilder();
        if (!unmatchedModifiers.isEmpty() && best != null) {
            b.append("no \"").append(String.join(" ", unmatchedModifiers)).append("\" variant of ")
                    .append(best.name()).append(" in the catalog: matched the base exercise");
        }
        if (contextRule != null) {
            b.append(b.length() > 0 ? "; " : "").append("chosen by context (").append(contextRule).append(')');
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The same answer for the name as written (the parts look up a canonical form of it). */
    MatchResult asQuery(String written) {
        return written == null || written.equals(query) ? this
                : new MatchResult(written, best, level, alternatives, unmatchedModifiers, contextRule);
    }
}
