package com.workoutplanparser.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.catalog.ExerciseStore;
import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.store.PlanStore;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.Ids;
import com.workoutplanparser.web.Json;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The steps of deciding a review, called by {@link ReviewDecisionRoutes}. Reading the decision and checking
 * who may make it happen before the transaction; claiming the item, storing the plan and linking the import
 * happen inside it. What the corrections do to the plan is {@link PlanCorrections}' business.
 */
@Component("reviewDecisions")
@RequiredArgsConstructor
public class ReviewDecisions {

    /** review_item.status of an undecided item. */
    private static final String PENDING = "PENDING";

    private final ReviewStore reviews;
    private final PlanStore plans;
    private final ExerciseStore exercises;
    private final Json json;

    /** Only reviewers decide; the item must exist and still be pending (checked again, race-free, by the update). */
    public void openForDecision(Exchange exchange) {
        var msg = exchange.getMessage();
        AppUser user = msg.getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
        UUID id = Ids.uuid(msg.getHeader("id", String.class), "review");
        if (!user.isReviewer()) {
            throw ApiException.forbidden("Only reviewers can approve or reject a review.");
        }
        ReviewStore.ReviewDetail review = reviews.find(id)
                .orElseThrow(() -> ApiException.notFound("No review " + id + "."));
        if (!PENDING.equals(review.summary().status())) {
            throw alreadyDecided(review.summary().status());
        }
        ReviewStore.ReviewSummary item = review.summary();
        exchange.setProperty(ImportResult.PROPERTY,
                ImportResult.underReview(item.importId(), item.userId(), item.source(), item.sourceRef(), id));
        exchange.setProperty(ReviewHeaders.REVIEW, review);
    }

    /** Body: an {@link Approval} (or nothing). Builds the plan as corrected; a bad correction is a 400. */
    public void readApproval(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        Approval approval = Approval.read(body == null || body.isBlank() ? null : json.read(body));
        ReviewStore.ReviewDetail review = exchange.getProperty(ReviewHeaders.REVIEW, ReviewStore.ReviewDetail.class);
        CorrectedPlan plan = new PlanCorrections(id -> exercises.findById(id).map(CatalogExercise::name)).apply(parsedPlan(review), approval);
        exchange.setProperty(ReviewHeaders.CORRECTED_PLAN, plan);
        decided(exchange, ReviewDecision.Verdict.APPROVED, approval.note(), ImportStatus.STORED, UUID.randomUUID(), null);
    }

    /** Body: {"reason": "..."}; the reason is required, it is what the plan's owner reads. */
    public void readRejection(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        JsonNode reason = body == null || body.isBlank() ? null : json.read(body).get("reason");
        if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
            throw ApiException.badRequest("missing_reason",
                    "Say why the plan is rejected: {\"reason\": \"...\"}. Its owner will read it.");
        }
        String why = reason.asText().strip();
        decided(exchange, ReviewDecision.Verdict.REJECTED, why, ImportStatus.REJECTED, null, "Rejected in review: " + why);
    }

    /** The decision on the item and, beside it, what it makes of the import: the two values the writes store. */
    private static void decided(Exchange exchange, ReviewDecision.Verdict verdict, String note, ImportStatus status,
                                UUID planId, String error) {
        ImportResult current = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        AppUser reviewer = exchange.getMessage().getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
        exchange.setProperty(ReviewDecision.PROPERTY, new ReviewDecision(current.reviewId(), reviewer.id(), verdict, note));
        exchange.setProperty(ImportResult.PROPERTY, current.reviewed(status, planId, error));
    }

    /** {@link ReviewSql#DECIDE}: no row updated means another reviewer decided first. */
    public void decide(@ExchangeProperty(ReviewDecision.PROPERTY) ReviewDecision decision) {
        if (reviews.decide(decision) == 0) {
            throw alreadyDecided(null);
        }
    }

    public void storePlan(Exchange exchange) {
        ImportResult result = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        CorrectedPlan plan = exchange.getProperty(ReviewHeaders.CORRECTED_PLAN, CorrectedPlan.class);
        plans.insert(new PlanStore.NewPlan(result.planId(), result.userId(), result.importId(), null, plan.days()));
    }

    /** The answer to approve or reject: the decision and where its result is. */
    public Map<String, Object> answer(Exchange exchange) {
        ImportResult result = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        ReviewDecision decision = exchange.getProperty(ReviewDecision.PROPERTY, ReviewDecision.class);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewId", decision.reviewId());
        body.put("status", decision.verdict().name());
        body.put("importId", result.importId());
        body.put("importStatus", result.status().name());
        body.put("workoutPlanId", result.planId());
        body.put("decisionNote", decision.note());
        if (decision.verdict() == ReviewDecision.Verdict.APPROVED) {
            body.put("corrections", exchange.getMessage().getHeader(ReviewHeaders.CORRECTION_COUNT));
            body.put("learnedAliases", exchange.getProperty(ReviewHeaders.LEARNED_ALIASES, List.of(), List.class));
        }
        return body;
    }

    private ImportResponse parsedPlan(ReviewStore.ReviewDetail review) {
        if (review.parsedJson() == null) {
            throw new IllegalStateException("review " + review.summary().id() + " has an import without a parse");
        }
        try {
            return json.mapper().readValue(review.parsedJson(), ImportResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored parse of review " + review.summary().id()
                    + " is not an ImportResponse", e);
        }
    }

    private static ApiException alreadyDecided(String status) {
        return ApiException.conflict(status == null
                ? "This review was decided by someone else a moment ago. Reload it to see the decision."
                : "This review is already " + status + "; a review is decided once.");
    }
}
