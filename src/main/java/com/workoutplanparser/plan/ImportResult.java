package com.workoutplanparser.plan;

import java.util.UUID;

/**
 * An import's state while it is routed: who sent what from where, and, once decided, its outcome. One immutable
 * value travels as the exchange property {@value #PROPERTY} from intake through {@code process-import} to the step
 * that stores it (store-plan, enqueue-review, reject-import, or the failure record), so what is stored is exactly
 * what was decided: no header can be renamed into a NULL, and nothing a client sends can become part of it.
 *
 * @param userId       the import's owner
 * @param source       rest, file, email, or the name of an ops route
 * @param sourceRef    file name, Message-ID…: what lets a person find the original
 * @param planId       the plan to create (STORED), else null
 * @param reviewId     the review item to create (NEEDS_REVIEW), else null
 * @param plan         the matched plan, once read (null before, and for a failure before matching)
 * @param response     the API body of the outcome, null until decided
 * @param responseJson {@code response} as stored in {@code parsed_exercises} and sent to the caller: written once
 * @param confidenceJson {@code confidence_scores}: the summary and each exercise's score, without the plan's text
 * @param parser       rules, llm or hybrid; null until read
 * @param error        the reason of a review, a rejection or a failure
 * @param deferred     the intake columns while the import's row is not written yet ({@link DeferredIntake}), else null
 */
public record ImportResult(UUID importId, UUID userId, String source, String sourceRef, ImportStatus status,
                           UUID planId, UUID reviewId, MatchedPlan plan, ImportResponse response, String responseJson,
                           String confidenceJson, String parser, long inputTokens, long outputTokens, double costUsd,
                           String error, DeferredIntake deferred) {

    /** The exchange property that carries it. */
    public static final String PROPERTY = "workoutImportResult";

    /** A recorded import, not read yet: RECEIVED (queued) or PROCESSING (claimed, or processed at once). */
    public static ImportResult recorded(UUID importId, UUID userId, String source, String sourceRef,
                                        ImportStatus status) {
        return new ImportResult(importId, userId, source, sourceRef, status, null, null, null, null, null, null,
                null, 0, 0, 0, null, null);
    }

    /**
     * A synchronous import processed at once whose row is written with its outcome ({@link DeferredIntake}):
     * PROCESSING, but in no table yet.
     */
    public static ImportResult unwritten(UUID importId, UUID userId, String source, String sourceRef,
                                        DeferredIntake intake) {
        return new ImportResult(importId, userId, source, sourceRef, ImportStatus.PROCESSING, null, null, null, null,
                null, null, null, 0, 0, 0, null, intake);
    }

    /** Whether the import has a row in workout_import_log (false while its intake is deferred). */
    public boolean rowWritten() {
        return deferred == null;
    }

    /** The same import once its deferred row has been written on its own (it could not be processed at once). */
    public ImportResult written() {
        return new ImportResult(importId, userId, source, sourceRef, status, planId, reviewId, plan, response,
                responseJson, confidenceJson, parser, inputTokens, outputTokens, costUsd, error, null);
    }

    /** An import waiting in review ({@code reviewId}), as a reviewer's decision starts from it. */
    public static ImportResult underReview(UUID importId, UUID userId, String source, String sourceRef,
                                           UUID reviewId) {
        return new ImportResult(importId, userId, source, sourceRef, ImportStatus.NEEDS_REVIEW, null, reviewId, null,
                null, null, null, null, 0, 0, 0, null, null);
    }

    /** A reviewer's decision: STORED as {@code newPlanId}, or REJECTED with the reason; the review stays linked. */
    public ImportResult reviewed(ImportStatus outcome, UUID newPlanId, String reason) {
        return new ImportResult(importId, userId, source, sourceRef, outcome, newPlanId, reviewId, plan, response,
                responseJson, confidenceJson, parser, inputTokens, outputTokens, costUsd, reason, deferred);
    }

    /** The outcome the confidence routing gave the matched plan; the usage is the reading's. */
    public ImportResult decided(ImportStatus outcome, UUID newPlanId, UUID newReviewId, String reason,
                                MatchedPlan matched, ImportResponse body, String bodyJson, String scoresJson) {
        var usage = matched.reading().usage();
        return new ImportResult(importId, userId, source, sourceRef, outcome, newPlanId, newReviewId, matched, body,
                bodyJson, scoresJson, matched.reading().parser(), usage.inputTokens(), usage.outputTokens(),
                usage.estimatedCostUsd(), reason, deferred);
    }

    /** Processing failed: nothing is stored but the reason; what was read (parser, usage) stays for the metrics. */
    public ImportResult failed(String reason, ImportResponse body, String bodyJson) {
        return new ImportResult(importId, userId, source, sourceRef, ImportStatus.FAILED, null, null, plan, body,
                bodyJson, null, parser, inputTokens, outputTokens, costUsd, reason, deferred);
    }
}
