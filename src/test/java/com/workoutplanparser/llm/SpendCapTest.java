package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.parse.RuleParser;
import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.pipeline.ParsePlanRoute;
import com.workoutplanparser.plan.PlanReading;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;

/**
 * The daily LLM spend cap on the LLM routes (hybrid mode, a fake provider on loopback): under the cap the LLM reads
 * what the rules could not; past it (one user's or everyone's) the provider is not called, the rules' reading goes on
 * with the reason (its unread lines send the plan to review), and the llm health component says so.
 */
class SpendCapTest {

    static final String PLAN = FakeReplies.resource("llm/coach-email.txt");
    static final String REPLY = FakeReplies.compact(FakeReplies.resource("llm/coach-email.hybrid-reply.json"));
    static final UUID USER = UUID.randomUUID();

    final MockWebServer provider = new MockWebServer();
    final List<RecordedRequest> calls = new CopyOnWriteArrayList<>();
    final AtomicReference<BigDecimal> userSpent = new AtomicReference<>(BigDecimal.ZERO);
    final AtomicReference<BigDecimal> totalSpent = new AtomicReference<>(BigDecimal.ZERO);
    final SpendCap cap = new SpendCap(new SpendCapSettings(new BigDecimal("1.00"), new BigDecimal("25.00")),
            new SpendCap.Ledger() {
                @Override
                public BigDecimal spentToday(UUID user) {
                    return USER.equals(user) ? userSpent.get() : BigDecimal.ZERO;
                }

                @Override
                public BigDecimal spentToday() {
                    return totalSpent.get();
                }
            });
    CamelContext camel;
    ProducerTemplate template;
    LlmStatus status;

    void start() throws Exception {
        provider.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                calls.add(request);
                return FakeReplies.openAi(request, REPLY);
            }
        });
        provider.start(java.net.InetAddress.getLoopbackAddress(), 0);
        LlmSettings settings = TestSettings.openAiCompatible("http://127.0.0.1:" + provider.getPort() + "/v1").build();
        status = new LlmStatus(LlmAvailability.of(settings), ParserMode.HYBRID, settings.providerKind().id(),
                settings.effectiveModel());
        ReplyValidator validator = new ReplyValidator();
        TokenUsageListener listener = new TokenUsageListener();
        LlmSteps steps = new LlmSteps(settings, PlanPrompt.load("v1", validator.schemaJson(), true), validator,
                new InMemoryReplyCache(), new PriceTable(settings.prices()), listener,
                new LlmMetrics(new SimpleMeterRegistry(), "openai-compatible", settings.effectiveModel()), status);
        camel = new DefaultCamelContext();
        camel.getRegistry().bind(LlmRoutes.CHAT_MODEL_BEAN, ChatModelFactory.create(settings, validator.schemaJson(), listener));
        camel.getRegistry().bind(LlmRoutes.CIRCUIT_BREAKER_BEAN, LlmConfiguration.circuitBreaker(settings.circuitBreaker()));
        LlmRoutes routes = new LlmRoutes(settings, status, steps);
        routes.setSpendCap(cap);
        camel.addRoutes(routes);
        camel.addRoutes(new ParsePlanRoute(ParserMode.HYBRID, new RuleParser(), () -> LlmRig.CATALOG));
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.close();
        }
        provider.shutdown();
    }

    /** The read stage answers with the matched plan (rules, match, escalate); the spend cap shows in its reading. */
    PlanReading parseAs(UUID user) {
        return template.requestBodyAndHeaders("direct:parse-plan", PLAN, Map.of("workoutUserId", user),
                MatchedPlan.class).reading();
    }

    @Test
    void underTheCapTheLlmReadsTheUnreadLines() throws Exception {
        start();
        userSpent.set(new BigDecimal("0.99"));

        PlanReading reading = parseAs(USER);

        assertThat(calls).hasSize(1);
        assertThat(reading.parser()).isEqualTo("hybrid");
        assertThat(reading.result().unreadLines()).isEmpty();
    }

    @Test
    void pastTheUsersCapTheRulesReadAlone_theirUnreadLinesGoToReview_andOtherUsersStillGetTheLlm() throws Exception {
        start();
        userSpent.set(new BigDecimal("1.00"));

        PlanReading capped = parseAs(USER);

        assertThat(calls).isEmpty();
        assertThat(capped.parser()).isEqualTo("rules");
        assertThat(capped.note()).contains("daily LLM spend cap").contains("1.00 USD");
        assertThat(capped.result().unreadLines()).as("what sends the plan to review").isNotEmpty();

        PlanReading other = parseAs(UUID.randomUUID());
        assertThat(calls).hasSize(1);
        assertThat(other.parser()).isEqualTo("hybrid");
        LlmHealthIndicator indicator = new LlmHealthIndicator(status, null);
        indicator.setSpendCap(cap);
        assertThat(indicator.health().getDetails()).doesNotContainKey("spendCap")
                .containsKey("spendCapPerUser");
    }

    @Test
    void pastTheTotalCapNobodyGetsTheLlm_andTheHealthSaysSo() throws Exception {
        start();
        totalSpent.set(new BigDecimal("25.01"));

        PlanReading capped = parseAs(UUID.randomUUID());

        assertThat(calls).isEmpty();
        assertThat(capped.parser()).isEqualTo("rules");
        assertThat(capped.note()).contains("all users").contains("25.00 USD");
        LlmHealthIndicator indicator = new LlmHealthIndicator(status, LlmConfiguration.circuitBreaker(
                TestSettings.openAiCompatible("http://127.0.0.1/v1").build().circuitBreaker()));
        indicator.setSpendCap(cap);
        Health health = indicator.health();
        assertThat(health.getDetails().get("spendCap").toString()).startsWith("reached").contains("rules alone");
        assertThat(health.getDetails().get("spentTodayUsd")).isEqualTo(new BigDecimal("25.01"));
        assertThat(health.getDetails().get("dailyCapUsd")).isEqualTo(new BigDecimal("25.00"));

        totalSpent.set(new BigDecimal("3.00"));
        assertThat(indicator.health().getDetails()).doesNotContainKey("spendCap");
    }
}
