package com.workoutplanparser.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.notBelow;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * {@code workout.review.*} (review.yaml, which holds the defaults).
 *
 * @param notifyUri           REVIEW_NOTIFY_URI: Camel endpoint URIs a notice goes to when an item enters the queue
 * @param aliasLearnThreshold REVIEW_ALIAS_LEARN_THRESHOLD: reviewers who must correct a name to the same exercise
 *                            before it becomes a learned alias
 * @param pageSize            REVIEW_PAGE_SIZE: items per page unless {@code ?size=} asks for another
 * @param maxPageSize         the largest {@code ?size=} taken
 */
@ConfigurationProperties(prefix = "workout.review")
public record ReviewSettings(String notifyUri, int aliasLearnThreshold, int pageSize, int maxPageSize) {

    public ReviewSettings {
        notifyUri = text(notifyUri);
        atLeast("workout.review.alias-learn-threshold", aliasLearnThreshold, 1);
        atLeast("workout.review.page-size", pageSize, 1);
        notBelow("workout.review.max-page-size", maxPageSize, "workout.review.page-size", pageSize);
    }
}
