package com.workoutplanparser.pipeline;

import com.workoutplanparser.catalog.ExerciseCatalog;
import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.llm.HybridPolicy;
import com.workoutplanparser.llm.LlmOutcome;
import com.workoutplanparser.llm.LlmRequest;
import com.workoutplanparser.llm.LlmStatus;
import com.workoutplanparser.llm.ParserMode;
import com.workoutplanparser.llm.ReadingAssembler;
import com.workoutplanparser.match.ExerciseMatcher;
import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.parse.RuleParser;
import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.plan.NotUnderstood;
import com.workoutplanparser.plan.PlanReading;
import com.workoutplanparser.user.UserStore;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The read stage: plan text in, {@link MatchedPlan} out.
 * Rules first, always: what they read with certainty costs nothing. Their reading is matched against the catalog,
 * because reading a line's numbers is not understanding it: by PARSER_MODE, what nobody understood (lines the
 * rules left unread, and lines whose exercise name matches nothing) goes to {@code direct:llm-parse}; the two
 * readings are merged and the merged plan matched again. If the LLM cannot help (off, circuit open, invalid
 * reply), the rules' reading goes on with a note saying why, and what nobody understood sends it to review.
 * Every reading passes the exercise cap ({@link PlanLimits}) before it is matched.
 * <p>
 * Consent: this is the one place that decides whether a plan goes to an LLM. The import's owner (set by the
 * intake from the authenticated caller or the stored import, never by a client) must allow AI processing, read
 * fresh for every plan; an opted-out owner's plan is read by the rules only, and what they could not read goes
 * to review with a note saying why.
 */
@Component
public class ParsePlanRoute extends RouteBuilder {

    static final String RULES_READING = "parse.rulesReading";
    static final String RULES_MATCHED = "parse.rulesMatched";
    static final String LLM_REQUEST = "parse.llmRequest";
    /** Exchange property, true once any of the plan's text was sent to the LLM provider (for the response's readBy). */
    public static final String SENT_TO_LLM = "parse.sentToLlm";
    static final String NOT_SENT_NOTE = "not sent to an LLM: the owner has opted out of AI processing";

    private final RuleParser ruleParser;
    private final ParserMode mode;
    private final Supplier<ExerciseMatcher> matcher;
    private final PlanLimits limits;
    private final Predicate<UUID> aiConsent;

    @Autowired
    public ParsePlanRoute(LlmStatus llmStatus, ExerciseCatalog catalog, PlanLimits limits, UserStore users) {
        this(llmStatus.mode(), new RuleParser(), catalog::matcher, limits, users::allowsAiProcessing);
    }

    /** For tests: a mode, rules that may leave particular lines unread, and a catalog of their own; no cap. */
    public ParsePlanRoute(ParserMode mode, RuleParser ruleParser, Supplier<ExerciseMatcher> matcher) {
        this(mode, ruleParser, matcher, PlanLimits.unlimited());
    }

    public ParsePlanRoute(ParserMode mode, RuleParser ruleParser, Supplier<ExerciseMatcher> matcher,
                          PlanLimits limits) {
        this(mode, ruleParser, matcher, limits, owner -> true);
    }

    /** @param aiConsent whether the owner (null when unknown) allows their plan to be sent to an LLM */
    public ParsePlanRoute(ParserMode mode, RuleParser ruleParser, Supplier<ExerciseMatcher> matcher,
                          PlanLimits limits, Predicate<UUID> aiConsent) {
        this.aiConsent = aiConsent;
        this.mode = mode;
        this.ruleParser = ruleParser;
        this.matcher = matcher;
        this.limits = limits;
    }

    @Override
    public void configure() {
        from("direct:parse-plan").routeId("parse-plan")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .process(this::readWithRules)
                .process(this::matchRulesReading)
                .process(this::decideEscalation)
                .choice()
                    .when(exchangeProperty(LLM_REQUEST).isNotNull())
                        .setBody(exchangeProperty(LLM_REQUEST))
                        .setProperty(SENT_TO_LLM, constant(true))
                        .to("direct:llm-parse")
                        .process(this::mergeAndMatch)
                    .otherwise()
                        .setBody(exchangeProperty(RULES_MATCHED))
                .end();
    }

    private void readWithRules(Exchange exchange) {
        String text = exchange.getMessage().getBody(String.class);
        exchange.setProperty(RULES_READING, ruleParser.parse(text == null ? "" : text));
    }

    private void matchRulesReading(Exchange exchange) {
        PlanReading reading = PlanReading.byRules(exchange.getProperty(RULES_READING, ParseResult.class));
        limits.check(reading); // past the exercise cap: refused before matching, and before any LLM call
        exchange.setProperty(RULES_MATCHED, PlanMatching.match(reading, matcher.get()));
    }

    /** What is not understood after the rules and the catalog, and so worth an LLM call in this mode. */
    private void decideEscalation(Exchange exchange) {
        String text = exchange.getMessage().getBody(String.class);
        ParseResult rules = exchange.getProperty(RULES_READING, ParseResult.class);
        MatchedPlan matched = exchange.getProperty(RULES_MATCHED, MatchedPlan.class);
        var request = HybridPolicy.requestFor(mode, rules, text, NotUnderstood.lines(matched));
        if (request.isEmpty()) {
            return;
        }
        if (aiConsent.test(exchange.getMessage().getHeader(ImportHeaders.USER_ID, UUID.class))) {
            exchange.setProperty(LLM_REQUEST, request.get());
        } else {
            // what would have gone to the LLM goes to a person instead: the note makes the routing send it to review
            PlanReading reading = matched.reading();
            exchange.setProperty(RULES_MATCHED, new MatchedPlan(
                    new PlanReading(reading.result(), reading.parser(), reading.usage(), NOT_SENT_NOTE),
                    matched.days(), matched.confidence()));
        }
    }

    private void mergeAndMatch(Exchange exchange) {
        ParseResult rules = exchange.getProperty(RULES_READING, ParseResult.class);
        LlmRequest request = exchange.getProperty(LLM_REQUEST, LlmRequest.class);
        Object body = exchange.getMessage().getBody();
        LlmOutcome outcome = body instanceof LlmOutcome o ? o : null;
        ExerciseMatcher catalog = matcher.get();
        PlanReading reading = ReadingAssembler.assemble(mode, rules, request, outcome,
                name -> NotUnderstood.fit(catalog.match(name)));
        limits.check(reading); // the LLM's reading too: it may find exercises the rules did not
        exchange.getMessage().setBody(PlanMatching.match(reading, catalog));
    }
}
