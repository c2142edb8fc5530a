package com.workoutplanparser.match;

import java.util.List;

/**
 * The matcher's answer for one name.
 *
 * @param best         the most likely exercise, null when nothing in the catalog is close at all
 * @param alternatives the next candidates, best first, never including {@code best}
 */
public record MatchResult(String query, Candidate best, MatchLevel level, List<Candidate> alternatives) {

    public MatchResult {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public static MatchResult none(String query) {
        return new MatchResult(query, null, MatchLevel.UNMATCHED, List.of());
    }

    public double confidence() {
        return best == null ? 0.0 : best.confidence();
    }
}
