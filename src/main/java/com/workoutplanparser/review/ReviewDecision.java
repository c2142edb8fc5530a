package com.workoutplanparser.review;

import java.util.UUID;

/**
 * What a reviewer decided about a review item, as {@link ReviewSql#DECIDE} stores it: carried as the exchange
 * property {@value #PROPERTY} through the decision's routes (the import's side travels as its
 * {@link com.workoutplanparser.plan.ImportResult}).
 *
 * @param note the approval's note or the rejection's reason, kept on the review item
 */
public record ReviewDecision(UUID reviewId, UUID reviewerId, Verdict verdict, String note) {

    public static final String PROPERTY = "workoutReviewDecision";

    /** review_item.status after the decision. */
    public enum Verdict { APPROVED, REJECTED }
}
