package com.workoutplanparser.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.support.RawHttp;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the HTTP edge, sent the headers and query parameters an attacker would (with and without a
 * token): the response carries exactly the headers the service sets, none of what was sent, and the status the
 * endpoint means. Rate-limit headers (RateLimit-*, X-RateLimit-*, Retry-After) are the rate limiter's and may be
 * present; the container's transport headers (Date, Content-Length, ...) always may.
 */
class EdgeHeadersTest extends AppTestBase {

    private static final Set<String> TRANSPORT = Set.of("date", "content-length", "transfer-encoding", "connection",
            "keep-alive");
    private static final Set<String> API = Set.of("content-type", "cache-control", "x-content-type-options");
    private static final Set<String> REVIEW_PAGE = Set.of("content-type", "content-security-policy", "x-frame-options",
            "x-content-type-options", "referrer-policy",
            // Spring's static resource handling, not from the request
            "vary", "last-modified", "accept-ranges", "content-language");

    /** Names a client must never be able to make the service answer with, or set as state. */
    private static final Map<String, String> HOSTILE = hostile();

    private static Map<String, String> hostile() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Set-Cookie", "pwn=1");
        h.put("Refresh", "0;url=http://evil.example/");
        h.put("Access-Control-Allow-Origin", "*");
        h.put("Location", "http://evil.example/");
        h.put("X-Frame-Options", "ALLOWALL");
        h.put("Cache-Control", "public, max-age=31536000");
        h.put("Retry-After", "31536000");
        h.put("RateLimit-Limit", "999999");
        h.put("X-Request-Id", "evil-request-id");
        h.put("workoutUserId", UUID.randomUUID().toString());
        h.put("workoutSource", "evil-source");
        h.put("workoutSourceRef", "evil-source-ref");
        h.put("workoutParentRef", "evil-parent-ref");
        h.put("workoutDedupe", "true");
        h.put("workoutProcessNow", "false");
        h.put("CamelHttpResponseCode", "299");
        h.put("CamelHttpPath", "/evil");
        return h;
    }

    private record Call(String method, String path, String contentType, String body, int withToken, int withoutToken,
                        Set<String> expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersWithItsOwnHeadersOnly() {
        JsonNode parsed = api.postJson("/api/v1/workout-plans/parse", ApiClient.jsonText("Bench Press: 3x8")).json();
        String importId = parsed.get("importId").asText();
        String planId = parsed.get("workoutPlanId").asText();
        String unknown = UUID.randomUUID().toString();
        Set<String> located = with(API, "location");
        List<Call> calls = List.of(
                new Call("POST", "/api/v1/workout-plans/parse", "application/json", ApiClient.jsonText("Squat: 5x5"), 200, 401, API),
                new Call("POST", "/api/v1/workout-plans/parse?async=true", "text/plain", "Squat: 5x5", 202, 401, located),
                new Call("POST", "/api/v1/workout-plans/parse/batch", "application/json", "{\"texts\": [\"Squat: 5x5\"]}", 202, 401, API),
                new Call("GET", "/api/v1/imports/" + importId, null, null, 200, 401, API),
                new Call("GET", "/api/v1/workout-plans/" + planId, null, null, 200, 401, API),
                new Call("GET", "/api/v1/exercises?limit=2", null, null, 200, 401, API),
                new Call("GET", "/api/v1/exercises/match?q=bench", null, null, 200, 401, API),
                new Call("GET", "/api/v1/exercises/barbell-bench-press", null, null, 200, 401, API),
                new Call("POST", "/api/v1/exercises", "application/json", "", 400, 401, API),
                new Call("PUT", "/api/v1/exercises/barbell-bench-press", "application/json", "", 400, 401, API),
                new Call("GET", "/api/v1/reviews", null, null, 200, 401, API),
                new Call("GET", "/api/v1/reviews/" + unknown, null, null, 404, 401, API),
                new Call("POST", "/api/v1/reviews/" + unknown + "/approve", "application/json", "{}", 404, 401, API),
                new Call("POST", "/api/v1/reviews/" + unknown + "/reject", "application/json", "{\"reason\": \"x\"}", 404, 401, API),
                new Call("GET", "/api/v1/users/me", null, null, 200, 401, API),
                new Call("POST", "/api/v1/users", "application/json", "{}", 400, 401, API),
                new Call("GET", "/api-doc", null, null, 200, 200, API),
                new Call("GET", "/review/", null, null, 200, 200, REVIEW_PAGE),
                new Call("GET", "/actuator/health", null, null, 200, 200, API),
                new Call("GET", "/actuator/prometheus", null, null, 200, 401, API),
                new Call("GET", "/actuator/info", null, null, 200, 401, API));
        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls) {
            tests.add(DynamicTest.dynamicTest(call + " with a token", () -> check(call, true)));
            tests.add(DynamicTest.dynamicTest(call + " without a token", () -> check(call, false)));
        }
        return tests.stream();
    }

    private void check(Call call, boolean token) {
        Map<String, String> headers = new LinkedHashMap<>(HOSTILE);
        if (token) {
            headers.put("Authorization", "Bearer " + ADMIN_TOKEN);
        }
        String query = HOSTILE.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        // a token in the query string must not stand in for the header
        query += "&Authorization=" + enc("Bearer " + ADMIN_TOKEN);
        String path = call.path() + (call.path().contains("?") ? "&" : "?") + query;
        HttpResponse<String> r = new RawHttp(port).send(call.method(), path, headers, call.contentType(),
                call.body() == null ? null : call.body().getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(call + ": " + r.body()).isEqualTo(token ? call.withToken() : call.withoutToken());
        Set<String> names = new TreeSet<>(RawHttp.headerNames(r));
        names.removeAll(TRANSPORT);
        names.removeIf(n -> n.startsWith("ratelimit-") || n.startsWith("x-ratelimit-") || n.equals("retry-after"));
        // an error answer (401 without a token) has no Location, whatever the endpoint answers when it succeeds
        Set<String> expected = r.statusCode() < 300 || call.expected() == REVIEW_PAGE ? call.expected() : API;
        assertThat(names).as(call + " response headers").isEqualTo(expected);
        r.headers().map().forEach((name, values) -> assertThat(values).as(name).noneMatch(v ->
                v.contains("evil") || v.contains("pwn") || v.contains("31536000") || v.contains("ALLOWALL")));
        if (names.contains("cache-control")) {
            assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
        }
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> s = new TreeSet<>(base);
        s.addAll(List.of(more));
        return s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
