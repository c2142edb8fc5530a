package com.workoutplanparser.review;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.store.ImportLogSql;
import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.Json;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/reviews/{id}/approve} and {@code …/reject}: a reviewer decides a pending item, once.
 * <p>
 * Each decision's writes run in their own route with a transaction and no error handler of their own
 * ({@code pipeline-steps}), so a failure rolls everything back and reaches the REST route's {@code rest-errors}
 * (an error handler inside the transaction would handle the failure there and let the transaction commit).
 */
@Component
public class ReviewDecisionRoutes extends ApiRouteBuilder {

    private final ReviewDecisions decisions;

    public ReviewDecisionRoutes(ReviewDecisions decisions, Json json) {
        super(json);
        this.decisions = decisions;
    }

    @Override
    public void configure() {
        rest("/api/v1/reviews").produces("application/json")
                .post("/{id}/approve").routeId("rest-approve-review")
                    .description("Approve a review, optionally with corrections; stores the plan as corrected")
                    .to("direct:approve-review")
                .post("/{id}/reject").routeId("rest-reject-review")
                    .description("Reject a review with a reason: {\"reason\": \"...\"}")
                    .to("direct:reject-review");

        fromApi("approve-review")
                .bean("reviewDecisions", "openForDecision")
                .bean("reviewDecisions", "readApproval")
                .to("direct:store-approval")
                .filter(header(ReviewHeaders.LEARNED_ALIAS_COUNT).isGreaterThan(0))
                    .bean("exerciseCatalog", "refresh") // committed: the next plan matches the learned names
                .end()
                .setHeader(MicrometerConstants.HEADER_COUNTER_INCREMENT, header(ReviewHeaders.CORRECTION_COUNT))
                .to("micrometer:counter:workout.review.corrections")
                .process(exchange -> reply(exchange, 200, decisions.answer(exchange)));

        from("direct:store-approval").routeId("store-approval")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                .to("sql:" + ReviewSql.DECIDE + "?noop=true")
                .bean("reviewDecisions", "requireDecisionRecorded")
                .bean("reviewDecisions", "storePlan")
                .bean("planDeliveries", "enqueue") // the outbox: its deliveries commit (or roll back) with the plan
                .to("sql:" + ImportLogSql.RECORD_REVIEW_DECISION + "?noop=true")
                .bean("correctionLearning", "record");

        fromApi("reject-review")
                .bean("reviewDecisions", "openForDecision")
                .bean("reviewDecisions", "readRejection")
                .to("direct:store-rejection")
                .process(exchange -> reply(exchange, 200, decisions.answer(exchange)));

        from("direct:store-rejection").routeId("store-rejection")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                .to("sql:" + ReviewSql.DECIDE + "?noop=true")
                .bean("reviewDecisions", "requireDecisionRecorded")
                .to("sql:" + ImportLogSql.RECORD_REVIEW_DECISION + "?noop=true");
    }
}
