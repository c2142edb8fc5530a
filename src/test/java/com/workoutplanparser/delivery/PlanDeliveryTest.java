package com.workoutplanparser.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PLAN_DELIVERY_URIS with three real targets on this machine: a folder (Liftoscript files), a webhook on a
 * loopback HTTP server that answers 500 to the first three attempts of each delivery and then 200, and a loopback
 * server that accepts connections and never answers. Every stored plan, whether stored at once or approved after
 * review, must reach the folder and the webhook (once), and the silent target must end FAILED with its reason
 * without holding up the others.
 */
class PlanDeliveryTest extends AppTestBase {

    private static final Path OUTBOX;
    private static final Path COACH_SHARE;
    private static final Path ROUTES;
    private static final List<RecordedRequest> CHAT = new CopyOnWriteArrayList<>();
    private static final MockWebServer WEBHOOK = new MockWebServer();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final List<RecordedRequest> ACCEPTED = new CopyOnWriteArrayList<>();
    private static final ServerSocket SILENT;
    private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

    static {
        try {
            OUTBOX = Files.createTempDirectory("plan-outbox");
            COACH_SHARE = Files.createTempDirectory("coach-share");
            ROUTES = Files.createTempDirectory("delivery-routes");
            // the shipped example, as ops would install it
            Files.copy(Path.of("routes/examples/deliver-to-coach.yaml"), ROUTES.resolve("deliver-to-coach.yaml"));
            WEBHOOK.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    if (request.getPath().startsWith("/chat")) {
                        CHAT.add(request);
                        return new MockResponse().setResponseCode(200);
                    }
                    String delivery = request.getHeader("deliveryId");
                    int call = CALLS.computeIfAbsent(String.valueOf(delivery), k -> new AtomicInteger()).incrementAndGet();
                    if (call <= 3) return new MockResponse().setResponseCode(500).setBody("busy");
                    ACCEPTED.add(request);
                    return new MockResponse().setResponseCode(200);
                }
            });
            WEBHOOK.start(InetAddress.getLoopbackAddress(), 0);
            SILENT = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread silent = new Thread(() -> {
                while (!SILENT.isClosed()) {
                    try {
                        HELD.add(SILENT.accept()); // read nothing, answer nothing
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-target");
            silent.setDaemon(true);
            silent.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry registry) {
        registry.add("workout.delivery.uris", () -> String.join(",",
                "file:" + OUTBOX + "?deliveryFormat=liftoscript",
                "http://127.0.0.1:" + WEBHOOK.getPort() + "/hooks/plans",
                "http://127.0.0.1:" + SILENT.getLocalPort() + "/never?deliveryFormat=csv",
                "direct:deliver-to-coach?deliveryFormat=csv"));
        registry.add("workout.routes.dir", ROUTES::toString);
        registry.add("COACH_SHARE_DIR", COACH_SHARE::toString);
        registry.add("COACH_CHAT_WEBHOOK", () -> "http://127.0.0.1:" + WEBHOOK.getPort() + "/chat");
        registry.add("workout.delivery.max-attempts", () -> 5);
        registry.add("workout.delivery.first-retry", () -> "200ms");
        registry.add("workout.delivery.max-retry", () -> "1s");
        registry.add("workout.delivery.poll-interval", () -> "200ms");
        registry.add("workout.delivery.timeout", () -> "1s");
    }

    @AfterAll
    static void stop() throws IOException {
        WEBHOOK.shutdown();
        SILENT.close();
        for (Socket s : HELD) s.close();
    }

    @Test
    void everyStoredPlanReachesTheFolderAndTheWebhookOnceWhileTheSilentTargetFails() {
        UUID stored = storedPlan("Bench Press: 3x8 @ 80kg\nSquat: 5x5\nDeadlift: 1x5");
        UUID approved = approvedPlan("Bench Press: 3x8\nUnicorn Qxvbtz Press: 3x10");

        for (UUID plan : List.of(stored, approved)) {
            Path file = OUTBOX.resolve(plan + ".liftoscript");
            await("plan " + plan + " in the outbox folder").atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file));
            assertThat(read(file)).startsWith("# Week 1").contains("Bench Press / 3x8");

            await("plan " + plan + " delivered to the webhook").atMost(Duration.ofSeconds(30))
                    .until(() -> status(plan, "/hooks/plans").equals("DELIVERED"));
            List<RecordedRequest> got = ACCEPTED.stream().filter(r -> plan.toString().equals(r.getHeader("planId"))).toList();
            assertThat(got).as("accepted once, after three 500s").hasSize(1);
            assertThat(got.get(0).getMethod()).isEqualTo("POST");
            assertThat(got.get(0).getHeader("Content-Type")).startsWith("application/json");
            assertThat(got.get(0).getBody().readUtf8()).contains("\"id\":\"" + plan + "\"");
            assertThat(delivery(plan, "/hooks/plans").get("attempts").asInt()).isEqualTo(4);

            await("the silent target given up for plan " + plan).atMost(Duration.ofSeconds(40))
                    .until(() -> status(plan, "/never").equals("FAILED"));
            JsonNode failed = delivery(plan, "/never");
            assertThat(failed.get("attempts").asInt()).isEqualTo(5);
            assertThat(failed.get("format").asText()).isEqualTo("csv");
            assertThat(failed.get("lastError").asText()).containsIgnoringCase("timeout");
        }
        // the ops route of routes/examples/deliver-to-coach.yaml got both plans as CSV and told the chat
        for (UUID plan : List.of(stored, approved)) {
            await("plan " + plan + " through the YAML delivery route").atMost(Duration.ofSeconds(30))
                    .until(() -> status(plan, "direct:deliver-to-coach").equals("DELIVERED"));
            assertThat(read(COACH_SHARE.resolve(plan + ".csv"))).startsWith("Date,Workout Name,Exercise Name,Set Order");
            assertThat(CHAT.stream().map(r -> r.getBody().clone().readUtf8())).anyMatch(b -> b.contains(plan.toString()));
        }
        // the plan itself is untouched by the failed delivery
        assertThat(api.get("/api/v1/workout-plans/" + stored).json().get("days").get(0).get("exercises")).hasSize(3);
    }

    @Test
    void deliveriesAreTheOwnersToSee() {
        UUID plan = storedPlan("Overhead Press: 3x5\nPull-Up: 3x8");
        String other = api.postJson("/api/v1/users",
                "{\"email\": \"other-" + UUID.randomUUID() + "@example.test\", \"displayName\": \"Other\", \"role\": \"user\"}")
                .json().get("token").asText();
        assertThat(api.withToken(other).get("/api/v1/workout-plans/" + plan + "/deliveries").status()).isEqualTo(404);
        JsonNode mine = api.get("/api/v1/workout-plans/" + plan + "/deliveries").json();
        assertThat(mine.get("deliveries")).hasSize(4);
        assertThat(mine.get("deliveries").toString()).doesNotContain("deliveryFormat");
    }

    private UUID storedPlan(String text) {
        ApiClient.Response r = api.postJson("/api/v1/workout-plans/parse", ApiClient.jsonText(text));
        assertThat(r.json().get("status").asText()).as(r.body()).isEqualTo("STORED");
        return UUID.fromString(r.json().get("workoutPlanId").asText());
    }

    private UUID approvedPlan(String text) {
        ApiClient.Response r = api.postJson("/api/v1/workout-plans/parse", ApiClient.jsonText(text));
        assertThat(r.json().get("status").asText()).as(r.body()).isEqualTo("NEEDS_REVIEW");
        ApiClient.Response a = api.postJson("/api/v1/reviews/" + r.json().get("reviewId").asText() + "/approve", "{}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return UUID.fromString(a.json().get("workoutPlanId").asText());
    }

    private String status(UUID plan, String targetEnd) {
        JsonNode d = delivery(plan, targetEnd);
        return d == null ? "" : d.get("status").asText();
    }

    private JsonNode delivery(UUID plan, String targetEnd) {
        for (JsonNode d : api.get("/api/v1/workout-plans/" + plan + "/deliveries").json().get("deliveries")) {
            if (d.get("target").asText().endsWith(targetEnd)) return d;
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
