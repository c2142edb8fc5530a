package com.workoutplanparser.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.support.RawHttp;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a client sends at the edge changes only what the API documents: tokens, state, parameters, limits. */
class EdgeRequestsTest extends AppTestBase {

    private static final String PARSE = "/api/v1/workout-plans/parse";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aTokenInTheQueryStringIsRefused() {
        String marker = "Squat: 5x5 " + UUID.randomUUID();
        ApiClient anonymous = api.withToken(null);
        String token = "?Authorization=" + URLEncoder.encode("Bearer " + ADMIN_TOKEN, StandardCharsets.UTF_8);

        assertThat(anonymous.get("/api/v1/users/me" + token).status()).isEqualTo(401);
        ApiClient.Response parse = anonymous.postText(PARSE + token, marker);
        assertThat(parse.status()).isEqualTo(401);
        assertThat(parse.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(importsWhoseText(marker::equals)).isEmpty();
        // the header still works, also with other query parameters beside it
        assertThat(api.get("/api/v1/users/me?x=1").status()).isEqualTo(200);
    }

    @Test
    void injectedWorkoutHeadersAndParametersBecomeNoImportState() throws Exception {
        String other = api.postJson("/api/v1/users", "{\"displayName\": \"other-" + UUID.randomUUID() + "\"}")
                .json().get("id").asText();
        String admin = api.get("/api/v1/users/me").json().get("id").asText();
        Map<String, String> injected = new LinkedHashMap<>();
        injected.put("workoutUserId", other);
        injected.put("workoutSource", "evil-source");
        injected.put("workoutSourceRef", "evil-source-ref");
        injected.put("workoutParentRef", "evil-parent-ref");
        injected.put("workoutDedupe", "true");
        injected.put("workoutProcessNow", "true");
        StringBuilder query = new StringBuilder();
        injected.forEach((k, v) -> query.append('&').append(k).append('=').append(v));
        Map<String, String> headers = new LinkedHashMap<>(injected);
        headers.put("Authorization", "Bearer " + ADMIN_TOKEN);
        String text = "Bench Press: 3x8 " + UUID.randomUUID().toString().substring(0, 6);
        RawHttp http = new RawHttp(port);

        // the same text twice, with workoutDedupe: both are imports of their own, answered as JSON
        for (String path : List.of(PARSE + "?x=1" + query, PARSE + "?x=2" + query, PARSE + "?async=true" + query)) {
            HttpResponse<String> r = http.send("POST", path, headers, "text/plain", text.getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(path.contains("async") ? 202 : 200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(MAPPER.readTree(r.body()).get("importId").asText()).isNotBlank();
        }
        List<Map<String, Object>> rows = importsWhoseText(text::equals);
        assertThat(rows).hasSize(3);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("user_id").toString()).isEqualTo(admin);
            assertThat(row.get("source")).isEqualTo("rest");
            assertThat(row.get("source_ref")).isNull();
            assertThat(row.get("parent_ref")).isNull();
        }

        HttpResponse<String> batch = http.send("POST", PARSE + "/batch?x=1" + query, headers, "application/json",
                ("{\"texts\": [\"" + text + " batch\"]}").getBytes(StandardCharsets.UTF_8));
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(202);
        Map<String, Object> row = importsWhoseText((text + " batch")::equals).get(0);
        assertThat(row.get("user_id").toString()).isEqualTo(admin);
        assertThat(row.get("source")).isEqualTo("rest");
        assertThat(row.get("source_ref")).isEqualTo("texts[0]");
        assertThat(row.get("parent_ref").toString()).startsWith("batch:");
    }

    @Test
    void badQueryValuesAre400sThatNameTheParameter() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("/api/v1/exercises?limit=abc", "limit");
        bad.put("/api/v1/exercises?limit=99999999999", "limit");
        bad.put("/api/v1/exercises?limit=0", "limit");
        bad.put("/api/v1/exercises?limit=1&limit=2", "limit");
        bad.put("/api/v1/reviews?page=-1", "page");
        bad.put("/api/v1/reviews?page=abc", "page");
        bad.put("/api/v1/reviews?size=0", "size");
        for (var e : bad.entrySet()) {
            ApiClient.Response r = api.get(e.getKey());
            assertThat(r.status()).as(e.getKey() + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isEqualTo("invalid_" + e.getValue());
            assertThat(r.json().get("message").asText()).contains(e.getValue());
        }
        ApiClient.Response async = api.postText(PARSE + "?async=maybe", "Squat: 5x5");
        assertThat(async.status()).isEqualTo(400);
        assertThat(async.json().get("error").asText()).isEqualTo("invalid_async");
        assertThat(api.get("/api/v1/exercises?limit=3").json().get("count").asInt()).isEqualTo(3);
    }

    @Test
    void aMultipartBatchTakesMorePartsThanTheContainerDefaultAndRefusesMoreThanTheBatchLimit() {
        RawHttp http = new RawHttp(port);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + ADMIN_TOKEN);
        String boundary = "edge" + UUID.randomUUID();

        HttpResponse<String> sixty = http.send("POST", PARSE + "/batch", auth, "multipart/form-data; boundary=" + boundary,
                multipart(boundary, 60));
        assertThat(sixty.statusCode()).as(sixty.body()).isEqualTo(202);

        HttpResponse<String> tooMany = http.send("POST", PARSE + "/batch", auth,
                "multipart/form-data; boundary=" + boundary, multipart(boundary, 501));
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(tooMany.body()).contains("\"batch_too_large\"").contains("500");
    }

    @Test
    void theReviewPageCannotBeFramedAndSniffed() {
        HttpResponse<String> page = new RawHttp(port).send("GET", "/review/", Map.of(), null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'").contains("default-src 'none'").contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void healthDetailsAndMetricsAreForAdminsOnly() {
        // Camel's readiness is OUT_OF_SERVICE (503) until the application is ready, which a context started for this
        // test alone may not be yet: the access rules are what is tested here, on a service that is up
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/actuator/health").status() == 200);
        String userToken = api.postJson("/api/v1/users", "{\"displayName\": \"user-" + UUID.randomUUID() + "\"}")
                .json().get("token").asText();
        for (ApiClient caller : List.of(api.withToken(null), api.withToken(userToken), api.withToken("wrong"))) {
            ApiClient.Response health = caller.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(fieldNames(health.json())).containsExactly("status");
        }
        ApiClient.Response adminHealth = api.get("/actuator/health");
        assertThat(adminHealth.json().at("/components/db/status").asText()).isEqualTo("UP");

        assertThat(api.withToken(null).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.withToken(userToken).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.withToken(userToken).get("/actuator/metrics").status()).isEqualTo(403);
        ApiClient.Response metrics = api.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("camel_exchanges_total");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static byte[] multipart(String boundary, int parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts; i++) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"plan" + i
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\nSquat: 5x" + (i % 9 + 1) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
