package com.workoutplanparser.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.catalog.ExerciseStore;
import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.store.PlanStore;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.Ids;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.apache.camel.component.sql.SqlConstants;
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
public class ReviewDecisions {

    private final ReviewStore reviews;
    private final PlanStore plans;
    private final ExerciseStore exercises;
    private final Json json;

    public ReviewDecisions(ReviewStore reviews, PlanStore plans, ExerciseStore exercises, Json json) {
        this.reviews = reviews;
        this.plans = plans;
        this.exercises = exercises;
        this.json = json;
    }

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
        if (!"PENDING".equals(review.summary().status())) {
            throw alreadyDecided(review.summary().status());
        }
        msg.setHeader(ImportHeaders.REVIEW_ID, id);
        msg.setHeader(ImportHeaders.IMPORT_ID, review.summary().importId());
        msg.setHeader(ImportHeaders.USER_ID, review.summary().userId());
        msg.setHeader(ReviewHeaders.REVIEWER_ID, user.id());
        exchange.setProperty(ReviewHeaders.REVIEW, review);
    }

    /** Body: an {@link Approval} (or nothing). Builds the plan as corrected; a bad correction is a 400. */
    public void readApproval(Exchange exchange) {
        var msg = exchange.getMessage();
        String body = msg.getBody(String.class);
        Approval approval = Approval.read(body == null || body.isBlank() ? null : json.read(body));
        ReviewStore.ReviewDetail review = exchange.getProperty(ReviewHeaders.REVIEW, ReviewStore.ReviewDetail.class);
        CorrectedPlan plan = new PlanCorrections(id -> exercises.findById(id).map(CatalogExercise::name)).apply(parsedPlan(review), approval);
        exchange.setProperty(ReviewHeaders.CORRECTED_PLAN, plan);
        msg.setHeader(ReviewHeaders.DECISION, "APPROVED");
        msg.setHeader(ReviewHeaders.DECISION_NOTE, approval.note());
        msg.setHeader(ImportHeaders.STATUS, "STORED");
        msg.setHeader(ImportHeaders.PLAN_ID, UUID.randomUUID());
        msg.setHeader(ImportHeaders.ERROR, null);
    }

    /** Body: {"reason": "..."}; the reason is required, it is what the plan's owner reads. */
    public void readRejection(Exchange exchange) {
        var msg = exchange.getMessage();
        String body = msg.getBody(String.class);
        JsonNode reason = body == null || body.isBlank() ? null : json.read(body).get("reason");
        if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
            throw ApiException.badRequest("missing_reason",
                    "Say why the plan is rejected: {\"reason\": \"...\"}. Its owner will read it.");
        }
        msg.setHeader(ReviewHeaders.DECISION, "REJECTED");
        msg.setHeader(ReviewHeaders.DECISION_NOTE, reason.asText().strip());
        msg.setHeader(ImportHeaders.STATUS, "REJECTED");
        msg.setHeader(ImportHeaders.PLAN_ID, null);
        msg.setHeader(ImportHeaders.ERROR, "Rejected in review: " + reason.asText().strip());
    }

    /** After {@link ReviewSql#DECIDE}: no row updated means another reviewer decided first. */
    public void requireDecisionRecorded(Exchange exchange) {
        Integer updated = exchange.getMessage().getHeader(SqlConstants.SQL_UPDATE_COUNT, Integer.class);
        if (updated == null || updated == 0) {
            throw alreadyDecided(null);
        }
    }

    public void storePlan(Exchange exchange) {
        var msg = exchange.getMessage();
        CorrectedPlan plan = exchange.getProperty(ReviewHeaders.CORRECTED_PLAN, CorrectedPlan.class);
        plans.insert(new PlanStore.NewPlan(msg.getHeader(ImportHeaders.PLAN_ID, UUID.class),
                msg.getHeader(ImportHeaders.USER_ID, UUID.class), msg.getHeader(ImportHeaders.IMPORT_ID, UUID.class),
                null, plan.days()));
    }

    /** The answer to approve or reject: the decision and where its result is. */
    public Map<String, Object> answer(Exchange exchange) {
        var msg = exchange.getMessage();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewId", msg.getHeader(ImportHeaders.REVIEW_ID));
        body.put("status", msg.getHeader(ReviewHeaders.DECISION));
        body.put("importId", msg.getHeader(ImportHeaders.IMPORT_ID));
        body.put("importStatus", msg.getHeader(ImportHeaders.STATUS));
        body.put("workoutPlanId", msg.getHeader(ImportHeaders.PLAN_ID));
        body.put("decisionNote", msg.getHeader(ReviewHeaders.DECISION_NOTE));
        if ("APPROVED".equals(msg.getHeader(ReviewHeaders.DECISION))) {
            body.put("corrections", msg.getHeader(ReviewHeaders.CORRECTION_COUNT));
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
