package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.plan.PlanReading;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The circuit breaker and the bound on concurrent calls, against the fake OpenAI server. */
class ResilienceRouteTest {

    static final String EMAIL = OpenAiCompatibleRouteTest.EMAIL;
    static final String REPLY = OpenAiCompatibleRouteTest.EMAIL_REPLY;

    @RegisterExtension
    final LlmRig rig = new LlmRig();

    @Test
    void circuitOpensAfterFailures_sendsPlansThroughTheRulesWithoutCalling_thenClosesAgain() throws Exception {
        TestSettings s = TestSettings.openAiCompatible(rig.baseUrl());
        s.maxRedeliveries = 0;
        s.slidingWindow = 2;
        s.minimumCalls = 2;
        s.waitInOpenState = Duration.ofSeconds(2); // long enough to observe the open state on a busy machine
        rig.then(r -> FakeReplies.serverError()).then(r -> FakeReplies.serverError()).thenReply(REPLY)
                .start(s, ParserMode.HYBRID);

        rig.parse(EMAIL);
        rig.parse(EMAIL + "\n");
        assertThat(rig.circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        PlanReading whileOpen = rig.parse(EMAIL + "\n\n");
        assertThat(rig.requests).hasSize(2);
        assertThat(whileOpen.parser()).isEqualTo("rules");
        assertThat(whileOpen.note()).contains("circuit breaker open");
        assertThat(rig.meters.get("llm.replies").tag("outcome", "circuit-open").counter().count()).isEqualTo(1.0);

        waitFor(CircuitBreaker.State.HALF_OPEN);
        PlanReading afterwards = rig.parse(EMAIL);
        assertThat(rig.requests).hasSize(3);
        assertThat(afterwards.parser()).isEqualTo("llm");
        assertThat(rig.circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aBurstQueuesBehindTheConcurrencyBound() throws Exception {
        TestSettings s = TestSettings.openAiCompatible(rig.baseUrl());
        s.maxConcurrentCalls = 1;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            rig.then(r -> {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(150); // the model thinking; long enough for the others to pile up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                return FakeReplies.openAi(r, REPLY);
            });
        }
        rig.start(s, ParserMode.HYBRID);

        ExecutorService burst = Executors.newFixedThreadPool(3);
        List<Future<PlanReading>> readings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String text = EMAIL + "\n".repeat(i + 1); // distinct texts: no cache hits
            readings.add(burst.submit(() -> rig.parse(text)));
        }
        for (Future<PlanReading> f : readings) {
            assertThat(f.get().parser()).isEqualTo("llm");
        }
        burst.shutdown();

        assertThat(rig.requests).hasSize(3);
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    private void waitFor(CircuitBreaker.State state) throws InterruptedException {
        for (int i = 0; i < 200 && rig.circuitBreaker.getState() != state; i++) {
            Thread.sleep(50);
        }
        assertThat(rig.circuitBreaker.getState()).isEqualTo(state);
    }
}
