package com.workoutplanparser.pipeline;

import com.workoutplanparser.parse.RuleParser;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The parse stage: plan text in, {@link PlanReading} out.
 * Rules first, always: what they read with certainty costs nothing.
 */
@Component
public class ParsePlanRoute extends RouteBuilder {

    private final RuleParser ruleParser = new RuleParser();

    @Override
    public void configure() {
        from("direct:parse-plan").routeId("parse-plan")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .process(exchange -> {
                    String text = exchange.getMessage().getBody(String.class);
                    exchange.getMessage().setBody(PlanReading.byRules(ruleParser.parse(text)));
                });
    }
}
