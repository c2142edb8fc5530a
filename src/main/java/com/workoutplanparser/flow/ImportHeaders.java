package com.workoutplanparser.flow;

/**
 * Headers that carry an import through the routes. They stay inside the service: the REST routes
 * answer with a body built from them, never with the headers themselves.
 */
public final class ImportHeaders {

    private ImportHeaders() {
    }

    public static final String IMPORT_ID = "workoutImportId";
    public static final String USER_ID = "workoutUserId";
    /** rest, file, email, or the name of an ops route. */
    public static final String SOURCE = "workoutSource";
    /** File name, Message-ID…: what lets a person find the original. */
    public static final String SOURCE_REF = "workoutSourceRef";
    public static final String CONTENT_HASH = "workoutContentHash";
    public static final String STATUS = "workoutStatus";
    public static final String ERROR = "workoutError";
    public static final String PLAN_ID = "workoutPlanId";
    public static final String REVIEW_ID = "workoutReviewId";
    public static final String RESPONSE_JSON = "workoutResponseJson";
    public static final String CONFIDENCE_JSON = "workoutConfidenceJson";
    public static final String PARSER = "workoutParser";
    public static final String INPUT_TOKENS = "workoutInputTokens";
    public static final String OUTPUT_TOKENS = "workoutOutputTokens";
    public static final String COST_USD = "workoutCostUsd";

    /** Exchange property holding the {@link com.workoutplanparser.plan.MatchedPlan} while it is routed. */
    public static final String MATCHED_PLAN = "workoutMatchedPlan";
}
