package com.workoutplanparser.review;

/**
 * Headers and exchange properties of the review routes, beside the typed decision ({@link ReviewDecision}) and the
 * import's own {@link com.workoutplanparser.plan.ImportResult} (review id, import id, plan id, status, error).
 */
public final class ReviewHeaders {

    private ReviewHeaders() {
    }

    public static final String CORRECTION_COUNT = "workoutCorrectionCount";
    public static final String LEARNED_ALIAS_COUNT = "workoutLearnedAliasCount";

    /** Exchange property: the {@link ReviewStore.ReviewDetail} being decided. */
    public static final String REVIEW = "workoutReview";
    /** Exchange property: the {@link CorrectedPlan} to store. */
    public static final String CORRECTED_PLAN = "workoutCorrectedPlan";
    /** Exchange property: the {@link LearnedAlias}es an approval taught the catalog. */
    public static final String LEARNED_ALIASES = "workoutLearnedAliases";
}
