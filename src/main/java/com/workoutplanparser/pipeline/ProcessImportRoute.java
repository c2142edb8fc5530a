package com.workoutplanparser.pipeline;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import static com.workoutplanparser.flow.ImportHeaders.STATUS;

/**
 * The heart of the flow: a recorded import's text is read and matched (rules, then the LLM for what nobody
 * understood, see {@link ParsePlanRoute}; a plan past the exercise cap is refused there, before matching) and
 * routed by confidence.
 * Body in: the plan text, with the import's headers. Body out: the {@link com.workoutplanparser.plan.ImportResponse}.
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
                    .when(header(STATUS).isEqualTo("STORED")).to("direct:store-plan")
                    .when(header(STATUS).isEqualTo("NEEDS_REVIEW")).to("direct:enqueue-review")
                    .otherwise().to("direct:reject-import")
                .end()
                // durations and counters by outcome, source and parser: metrics/ImportMetrics
                .bean("importMetrics", "outcome");
    }
}
