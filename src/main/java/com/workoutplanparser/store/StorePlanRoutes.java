package com.workoutplanparser.store;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Storing outcomes, each from the exchange's typed {@link com.workoutplanparser.plan.ImportResult}. A plan and its
 * import's status are written by one statement; when delivery targets are configured, the plan's deliveries join
 * them in one transaction (see {@link InTransaction}), so all are written together or not at all.
 */
@Component
public class StorePlanRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:store-plan").routeId("store-plan")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .choice()
                    .when(method("planDeliveries", "hasTargets"))
                        .to("direct:store-plan-with-deliveries")
                    .otherwise()
                        // one statement, atomic on its own: a transaction around it would only cost its COMMIT's round trip
                        .bean("planWriter", "storeWithOutcome").id("store-plan-alone")
                .end();

        from("direct:store-plan-with-deliveries").routeId("store-plan-with-deliveries")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                .bean("planWriter", "storeWithOutcome")
                // the outbox: its deliveries commit (or roll back) with the plan
                .bean("planDeliveries", "enqueue").id("enqueue-deliveries");

        from("direct:reject-import").routeId("reject-import")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .bean("importLogWriter", "recordOutcome");

        // FAILED with the reason, for the import-errors policy (flow names this endpoint, the store writes it)
        from(ErrorHandlingConfiguration.RECORD_FAILURE).routeId("record-import-failure")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .bean("importLogWriter", "recordFailure");
    }
}
