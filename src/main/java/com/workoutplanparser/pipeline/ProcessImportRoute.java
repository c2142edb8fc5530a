package com.workoutplanparser.pipeline;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The heart of the flow: a recorded import's text is read and matched (rules, then the LLM for what nobody
 * understood, see {@link ParsePlanRoute}; a plan past the exercise cap is refused there, before matching) and
 * routed by confidence.
 * Body in: the plan text, with the import's {@link ImportResult} (RECEIVED or PROCESSING) as the exchange property
 * {@value ImportResult#PROPERTY}. Body out: the {@link com.workoutplanparser.plan.ImportResponse}; the property then holds the outcome,
 * which is what the store, review and reject steps write.
 */
@Component
public class ProcessImportRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:process-import").routeId("process-import")
                .routeConfigurationId(ErrorHandlingConfiguration.IMPORT_ERRORS)
                .bean("importMetrics", "parseStarting")
                .to("direct:parse-plan")
                .bean("importMetrics", "parsed")
                .bean("importOutcome", "decide")
                .choice()
                    .when(decided(ImportStatus.STORED)).to("direct:store-plan")
                    .when(decided(ImportStatus.NEEDS_REVIEW)).to("direct:enqueue-review")
                    .otherwise().to("direct:reject-import")
                .end()
                // durations and counters by outcome, source and parser: metrics/ImportMetrics
                .bean("importMetrics", "outcome");
    }

    /** The outcome importOutcome decided: a typed status, never a header a step could have renamed or a client set. */
    static Predicate decided(ImportStatus status) {
        return exchange -> exchange.getProperty(ImportResult.PROPERTY, ImportResult.class).status() == status;
    }
}
