package com.workoutplanparser.catalog;

import com.workoutplanparser.match.MatchThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.fraction;
import static com.workoutplanparser.config.SettingsCheck.notBelow;

/**
 * {@code workout.match.*} (application.yaml, which holds the defaults): the confidences that make a match high,
 * medium or low.
 *
 * @param highThreshold   EXERCISE_MATCH_HIGH_THRESHOLD
 * @param mediumThreshold EXERCISE_MATCH_THRESHOLD
 * @param lowThreshold    EXERCISE_MATCH_LOW_THRESHOLD
 */
@ConfigurationProperties(prefix = "workout.match")
public record MatchSettings(double highThreshold, double mediumThreshold, double lowThreshold) {

    public MatchSettings {
        fraction("workout.match.high-threshold", highThreshold);
        fraction("workout.match.medium-threshold", mediumThreshold);
        fraction("workout.match.low-threshold", lowThreshold);
        notBelow("workout.match.high-threshold", highThreshold, "workout.match.medium-threshold", mediumThreshold);
        notBelow("workout.match.medium-threshold", mediumThreshold, "workout.match.low-threshold", lowThreshold);
    }

    public MatchThresholds thresholds() {
        return new MatchThresholds(highThreshold, mediumThreshold, lowThreshold);
    }
}
