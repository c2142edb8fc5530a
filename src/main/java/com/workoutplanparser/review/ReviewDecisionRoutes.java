package com.workoutplanparser.review;

import com.workoutplanparser.pipeline.ErrorHandlingConfiguration;
import org.apache.camel.builder.RouteBuilder;
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
public class ReviewDecisionRoutes extends RouteBuilder {

    @Override
    public void configure() {
        rest("/api/v1/reviews")
                .post("/{id}/approve").routeId("rest-approve-review").produces("application/json")
                    .description("Approve a review, optionally with corrections; stores the plan as corrected")
                    .to("direct:approve-review")
                .post("/{id}/reject").routeId("rest-reject-review").produces("application/json")
                    .description("Reject a review with a reason: {\"reason\": \"...\"}")
                    .to("direct:reject-review");

        from("direct:approve-review").routeId("approve-review")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .bean("reviewDecisions", "openForDecision")
                .bean("reviewDecisions", "readApproval")
                .to("direct:store-approval")
                .filter(header(ReviewHeaders.LEARNED_ALIAS_COUNT).isGreaterThan(0))
                    .bean("exerciseCatalog", "refresh") // committed: the next plan matches the learned names
                .end()
                .setHeader(MicrometerConstants.HEADER_COUNTER_INCREMENT, header(ReviewHeaders.CORRECTION_COUNT))
                .to("micrometer:counter:workout.review.corrections")
                .bean("reviewDecisions", "respond");

        from("direct:store-approval").routeId("store-approval")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                .to("sql:" + ReviewSql.DECIDE + "?noop=true")
                .bean("reviewDecisions", "requireDecisionRecorded")
                .bean("reviewDecisions", "storePlan")
                .to("sql:" + ReviewSql.RECORD_IMPORT_DECISION + "?noop=true")
                .bean("correctionLearning", "record");

        from("direct:reject-review").routeId("reject-review")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .bean("reviewDecisions", "openForDecision")
                .bean("reviewDecisions", "readRejection")
                .to("direct:store-rejection")
                .bean("reviewDecisions", "respond");

        from("direct:store-rejection").routeId("store-rejection")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                .to("sql:" + ReviewSql.DECIDE + "?noop=true")
                .bean("reviewDecisions", "requireDecisionRecorded")
                .to("sql:" + ReviewSql.RECORD_IMPORT_DECISION + "?noop=true");
    }
}
