package com.workoutplanparser.store;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Storing outcomes. Each runs in one transaction (see {@link InTransaction}), so a plan and its import's status are written together
 * or not at all.
 */
@Component
public class StorePlanRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:store-plan").routeId("store-plan")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                .bean("planWriter", "insert")
                .bean("planDeliveries", "enqueue") // the outbox: its deliveries commit (or roll back) with the plan
                .to("sql:" + ImportLogSql.RECORD_OUTCOME + "?noop=true")
                .bean("importLogGuard", "requireOutcomeRecorded");

        from("direct:reject-import").routeId("reject-import")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .to("sql:" + ImportLogSql.RECORD_OUTCOME + "?noop=true")
                .bean("importLogGuard", "requireOutcomeRecorded");
    }
}
