package com.workoutplanparser.review;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.model.PolicyDefinition;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/reviews/{id}/approve} and {@code …/reject}: a reviewer decides a pending item, once.
 * <p>
 * Each decision's writes run in their own route with a transaction and no error handler of their own
 * ({@code pipeline-steps}), so a failure rolls everything back and reaches the REST route's {@code rest-errors}
 * (an error handler inside the transaction would handle the failure there and let the transaction commit).
 */
@Component
@RequiredArgsConstructor
public class ReviewDecisionRoutes extends ApiRouteBuilder {

    private final ReviewDecisions decisions;

    @Override
    public void configure() {
        postJson("/api/v1/reviews", "/{id}/approve", "approve-review",
                "Approve a review, optionally with corrections; stores the plan as corrected")
                .bean("reviewDecisions", "openForDecision")
                .bean("reviewDecisions", "readApproval")
                .to("direct:store-approval")
                .filter(header(ReviewHeaders.LEARNED_ALIAS_COUNT).isGreaterThan(0))
                    .bean("exerciseCatalog", "refresh") // committed: the next plan matches the learned names
                .end()
                .setHeader(MicrometerConstants.HEADER_COUNTER_INCREMENT, header(ReviewHeaders.CORRECTION_COUNT))
                .to("micrometer:counter:workout.review.corrections")
                .process(ok(decisions::answer));

        decisionTransaction("store-approval")
                .bean("reviewDecisions", "storePlan")
                .bean("planDeliveries", "enqueue") // the outbox: its deliveries commit (or roll back) with the plan
                .bean("importLogWriter", "recordReviewDecision")
                .bean("correctionLearning", "record");

        postJson("/api/v1/reviews", "/{id}/reject", "reject-review", "Reject a review with a reason: {\"reason\": \"...\"}")
                .bean("reviewDecisions", "openForDecision")
                .bean("reviewDecisions", "readRejection")
                .to("direct:store-rejection")
                .process(ok(decisions::answer));

        decisionTransaction("store-rejection")
                .bean("importLogWriter", "recordReviewDecision");
    }

    /** A decision's writes, in one transaction: the item is decided once (a second decision fails here). */
    private PolicyDefinition decisionTransaction(String name) {
        return from("direct:" + name).routeId(name)
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                .bean("reviewDecisions", "decide");
    }
}
