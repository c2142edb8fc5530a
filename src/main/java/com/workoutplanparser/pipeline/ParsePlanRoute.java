package com.workoutplanparser.pipeline;

import com.workoutplanparser.llm.HybridPolicy;
import com.workoutplanparser.llm.LlmOutcome;
import com.workoutplanparser.llm.LlmRequest;
import com.workoutplanparser.llm.LlmStatus;
import com.workoutplanparser.llm.ParserMode;
import com.workoutplanparser.llm.ReadingAssembler;
import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.parse.RuleParser;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The parse stage: plan text in, {@link PlanReading} out.
 * Rules first, always: what they read with certainty costs nothing. Then, by PARSER_MODE, what they could not
 * read goes to {@code direct:llm-parse}, and the two readings are merged. If the LLM cannot help (off, circuit
 * open, invalid reply), the rules' reading goes on with a note saying why, and its unread lines send the plan
 * to review.
 */
@Component
public class ParsePlanRoute extends RouteBuilder {

    static final String RULES_READING = "parse.rulesReading";
    static final String LLM_REQUEST = "parse.llmRequest";

    private final RuleParser ruleParser;
    private final ParserMode mode;

    @Autowired
    public ParsePlanRoute(LlmStatus llmStatus) {
        this(llmStatus.mode());
    }

    public ParsePlanRoute(ParserMode mode) {
        this(mode, new RuleParser());
    }

    /** For tests that need the rules to leave particular lines unread. */
    public ParsePlanRoute(ParserMode mode, RuleParser ruleParser) {
        this.mode = mode;
        this.ruleParser = ruleParser;
    }

    @Override
    public void configure() {
        from("direct:parse-plan").routeId("parse-plan")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .process(this::readWithRules)
                .choice()
                    .when(exchangeProperty(LLM_REQUEST).isNotNull())
                        .setBody(exchangeProperty(LLM_REQUEST))
                        .to("direct:llm-parse")
                .end()
                .process(this::assemble);
    }

    private void readWithRules(Exchange exchange) {
        String text = exchange.getMessage().getBody(String.class);
        ParseResult rules = ruleParser.parse(text == null ? "" : text);
        exchange.setProperty(RULES_READING, rules);
        HybridPolicy.requestFor(mode, rules, text).ifPresent(request -> exchange.setProperty(LLM_REQUEST, request));
    }

    private void assemble(Exchange exchange) {
        ParseResult rules = exchange.getProperty(RULES_READING, ParseResult.class);
        LlmRequest request = exchange.getProperty(LLM_REQUEST, LlmRequest.class);
        Object body = exchange.getMessage().getBody();
        LlmOutcome outcome = body instanceof LlmOutcome o ? o : null;
        exchange.getMessage().setBody(ReadingAssembler.assemble(mode, rules, request, outcome));
    }
}
