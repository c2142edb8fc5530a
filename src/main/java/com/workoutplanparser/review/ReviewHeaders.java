package com.workoutplanparser.review;

/**
 * Headers and exchange properties of the review routes, beside the import's own
 * ({@link com.workoutplanparser.flow.ImportHeaders}: review id, import id, plan id, status, error).
 */
public final class ReviewHeaders {

    private ReviewHeaders() {
    }

    /** APPROVED or REJECTED: what the reviewer decided. */
    public static final String DECISION = "workoutDecision";
    public static final String REVIEWER_ID = "workoutReviewerId";
    /** The approval's note or the rejection's reason, kept on the review item. */
    public static final String DECISION_NOTE = "workoutDecisionNote";
    public static final String CORRECTION_COUNT = "workoutCorrectionCount";
    public static final String LEARNED_ALIAS_COUNT = "workoutLearnedAliasCount";

    /** Exchange property: the {@link ReviewStore.ReviewDetail} being decided. */
    public static final String REVIEW = "workoutReview";
    /** Exchange property: the {@link CorrectedPlan} to store. */
    public static final String CORRECTED_PLAN = "workoutCorrectedPlan";
    /** Exchange property: the {@link LearnedAlias}es an approval taught the catalog. */
    public static final String LEARNED_ALIASES = "workoutLearnedAliases";
}
