package com.workoutplanparser.llm;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.support.OpsFiles;
import com.workoutplanparser.support.FakeOpenAiServer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard (ops/grafana) and the alert rules (ops/prometheus) query only metrics the service really exports:
 * after a few imports of every kind (rules, the LLM through a fake provider on a loopback socket, async, rejected,
 * sent to review and approved), every metric name in their PromQL appears in /actuator/prometheus.
 */
class ExportedMetricsTest extends AppTestBase {

    /** Made by Prometheus itself, not by the service. */
    private static final Set<String> FROM_PROMETHEUS = Set.of("up");

    static final MockWebServer FAKE;

    static {
        FAKE = FakeOpenAiServer.start(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return FakeReplies.openAi(request, OpenAiCompatibleRouteTest.EMAIL_REPLY);
            }
        });
    }

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        FakeOpenAiServer.register(registry, FAKE, "sk-local");
    }

    @AfterAll
    static void stopFake() throws IOException {
        FAKE.shutdown();
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsQueryIsExported() {
        assertThat(api.postText("/api/v1/workout-plans/parse", "Bench Press: 3x8\nSquat: 5x5").status()).isEqualTo(200);
        assertThat(api.postText("/api/v1/workout-plans/parse", OpenAiCompatibleRouteTest.EMAIL).json()
                .get("parser").asText()).isIn("llm", "hybrid");
        assertThat(api.postText("/api/v1/workout-plans/parse", OpenAiCompatibleRouteTest.NOT_A_PLAN).json()
                .get("status").asText()).isEqualTo("REJECTED");
        ApiClient.Response queued = api.postText("/api/v1/workout-plans/parse?async=true", "Deadlift: 1x5\nPlank: 3x60s");
        assertThat(queued.status()).isEqualTo(202);
        String asyncId = queued.json().get("importId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !Set.of("RECEIVED", "PROCESSING").contains(api.get("/api/v1/imports/" + asyncId).json().get("status").asText()));
        api.postText("/api/v1/workout-plans/parse", "Zorblax flarp: 3x8\nQuuxle press: 3x8");
        ApiClient.Response pending = api.get("/api/v1/reviews?status=PENDING");
        assertThat(pending.json().get("items")).as(pending.body()).isNotEmpty();
        String reviewId = pending.json().at("/items/0/id").asText();
        assertThat(api.postJson("/api/v1/reviews/" + reviewId + "/approve", "").status()).isEqualTo(200);

        ApiClient.Response scrape = api.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        Set<String> exported = scrape.body().lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));

        Set<String> queried = new TreeSet<>();
        OpsFiles.dashboardExpressions().forEach(e -> queried.addAll(OpsFiles.metricNames(e)));
        Map<String, String> alerts = OpsFiles.alertExpressions();
        alerts.values().forEach(e -> queried.addAll(OpsFiles.metricNames(e)));
        queried.removeAll(FROM_PROMETHEUS);

        assertThat(alerts).as("the seed's alerts").hasSizeGreaterThanOrEqualTo(6);
        assertThat(queried).as("metrics the dashboard and alerts use").hasSizeGreaterThanOrEqualTo(12)
                .contains("workout_import_duration_seconds_bucket", "workout_exercises_total", "llm_cost_usd_total");
        assertThat(exported).as("exported by /actuator/prometheus").containsAll(queried);
        // gauges hold real values (a gauge whose state object was collected answers NaN), timers their SLO buckets
        assertThat(scrape.body()).containsPattern("(?m)^workout_llm_circuit_open\\{[^}]*} 0\\.0$")
                .containsPattern("(?m)^workout_parse_duration_seconds_bucket\\{[^}]*le=\"15\\.0\"[^}]*} [1-9]")
                .containsPattern("(?m)^workout_import_duration_seconds_bucket\\{[^}]*le=\"0\\.1\"");
        // bounded labels: no user or import id ever becomes a label
        assertThat(scrape.body()).doesNotContain("userId=").doesNotContain("importId=").doesNotContain(asyncId);
    }
}
