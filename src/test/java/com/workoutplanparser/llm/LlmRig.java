package com.workoutplanparser.llm;

import com.workoutplanparser.match.CatalogFile;
import com.workoutplanparser.match.ExerciseMatcher;
import com.workoutplanparser.match.MatchThresholds;
import com.workoutplanparser.parse.RuleParser;
import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.pipeline.ParsePlanRoute;
import com.workoutplanparser.plan.PlanReading;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The parse stage and the LLM routes in a plain CamelContext, against a fake provider on a real loopback socket.
 * Each scripted answer is a function of the request, so replies can carry token counts measured on it.
 */
/** A fake provider on a loopback socket and the LLM routes around it; {@code @RegisterExtension} closes it after each test. */
final class LlmRig implements AutoCloseable, org.junit.jupiter.api.extension.AfterEachCallback {

    /** The curated catalog, as the service seeds it: what "matches nothing" is judged against. */
    static final ExerciseMatcher CATALOG = new ExerciseMatcher(CatalogFile.loadDefault(), MatchThresholds.DEFAULT);

    final MockWebServer server = new MockWebServer();
    final Queue<Function<RecordedRequest, MockResponse>> script = new ConcurrentLinkedQueue<>();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    final List<Long> arrivalNanos = new CopyOnWriteArrayList<>();
    final InMemoryReplyCache cache = new InMemoryReplyCache();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    LlmSettings settings;
    CircuitBreaker circuitBreaker;
    LlmStatus status;
    CamelContext camel;
    ProducerTemplate template;

    LlmRig() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                arrivalNanos.add(System.nanoTime());
                Function<RecordedRequest, MockResponse> next = script.poll();
                return next == null ? FakeReplies.serverError().setResponseCode(599) : next.apply(request);
            }
        });
        try {
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot start the fake provider on loopback", e);
        }
    }

    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
        close();
    }

    /** The OpenAI-compatible base URL of the fake, as LLM_BASE_URL would give it. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    LlmRig then(Function<RecordedRequest, MockResponse> answer) {
        script.add(answer);
        return this;
    }

    LlmRig thenReply(String content) {
        return then(r -> FakeReplies.openAi(r, content));
    }

    LlmRig start(TestSettings s, ParserMode mode) throws Exception {
        return start(s, mode, new RuleParser());
    }

    LlmRig start(TestSettings s, ParserMode mode, RuleParser parser) throws Exception {
        return start(s.build(), mode, parser);
    }

    /** With settings as Spring binds them from LLM_* variables (see SeedConfigurationTest). */
    LlmRig start(LlmSettings bound, ParserMode mode, RuleParser parser) throws Exception {
        settings = bound;
        LlmAvailability availability = LlmAvailability.of(settings);
        status = new LlmStatus(availability, mode, settings.providerKind().id(), settings.effectiveModel());
        ReplyValidator validator = new ReplyValidator();
        TokenUsageListener listener = new TokenUsageListener();
        circuitBreaker = LlmConfiguration.circuitBreaker(settings.circuitBreaker());
        LlmSteps steps = new LlmSteps(settings,
                PlanPrompt.load("v1", validator.schemaJson(), !ChatModelFactory.enforcesSchema(settings.providerKind())),
                validator, cache, PriceTable.of(settings), listener,
                new LlmMetrics(meters, settings.providerKind().id(), settings.effectiveModel()), status);
        camel = new DefaultCamelContext();
        if (availability.enabled()) {
            camel.getRegistry().bind(LlmRoutes.CHAT_MODEL_BEAN,
                    ChatModelFactory.create(settings, validator.schemaJson(), listener));
        }
        camel.getRegistry().bind(LlmRoutes.CIRCUIT_BREAKER_BEAN, circuitBreaker);
        camel.addRoutes(new LlmRoutes(settings, status, steps));
        camel.addRoutes(new ParsePlanRoute(mode, parser, () -> CATALOG));
        camel.start();
        template = camel.createProducerTemplate();
        return this;
    }

    PlanReading parse(String text) {
        return read(text).reading();
    }

    /** The read stage's answer: the reading, matched against the default catalog. */
    MatchedPlan read(String text) {
        return template.requestBody("direct:parse-plan", text, MatchedPlan.class);
    }

    RecordedRequest onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request to the fake, got " + requests.size());
        }
        return requests.get(0);
    }

    List<String> paths() {
        List<String> p = new ArrayList<>();
        requests.forEach(r -> p.add(r.getPath()));
        return p;
    }

    @Override
    public void close() throws Exception {
        if (camel != null) {
            camel.close();
        }
        server.shutdown();
    }
}
