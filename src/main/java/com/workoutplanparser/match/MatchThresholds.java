package com.workoutplanparser.match;

/**
 * EXERCISE_MATCH_HIGH_THRESHOLD, EXERCISE_MATCH_THRESHOLD and EXERCISE_MATCH_LOW_THRESHOLD.
 * The one place that turns a confidence into a level.
 */
public record MatchThresholds(double high, double medium, double low) {

    public static final MatchThresholds DEFAULT = new MatchThresholds(0.90, 0.80, 0.70);

    public MatchThresholds {
        if (!(0 <= low && low <= medium && medium <= high && high <= 1)) {
            throw new IllegalArgumentException(
                    "match thresholds must satisfy 0 <= low <= medium <= high <= 1, got low=%s medium=%s high=%s"
                            .formatted(low, medium, high));
        }
    }

    public MatchLevel levelOf(double confidence) {
        if (confidence >= high) return MatchLevel.HIGH;
        if (confidence >= medium) return MatchLevel.MEDIUM;
        if (confidence >= low) return MatchLevel.LOW;
        return MatchLevel.UNMATCHED;
    }
}
