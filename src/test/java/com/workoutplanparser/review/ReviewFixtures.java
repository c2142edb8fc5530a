package com.workoutplanparser.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.support.ApiClient;
import org.apache.camel.CamelContext;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Users and queued plans for the review tests, made through the real API and routes. */
final class ReviewFixtures {

    static final String PARSE = "/api/v1/workout-plans/parse";
    static final String REVIEWS = "/api/v1/reviews";

    /** A user made through POST /api/v1/users, with its token. */
    record User(UUID id, String displayName, String token, ApiClient api) {
    }

    private final ApiClient admin;

    ReviewFixtures(ApiClient admin) {
        this.admin = admin;
    }

    User user(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response r = admin.postJson("/api/v1/users",
                "{\"email\": \"" + name + "@example.test\", \"displayName\": \"" + name + "\", \"role\": \"" + role + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String token = r.json().get("token").asText();
        return new User(UUID.fromString(r.json().get("id").asText()), name, token, admin.withToken(token));
    }

    /** Submits a plan that needs review; returns the parse response. */
    static JsonNode queued(User owner, String text) {
        ApiClient.Response r = owner.api().postText(PARSE, text);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).as(r.body()).isEqualTo("NEEDS_REVIEW");
        return r.json();
    }

    /** Submits through the intake route, as the file or mail intake would, with another source. */
    static UUID queuedFrom(CamelContext camel, User owner, String source, String text) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(ImportHeaders.USER_ID, owner.id());
        headers.put(ImportHeaders.SOURCE, source);
        headers.put(ImportHeaders.SOURCE_REF, "plan.txt");
        headers.put("workoutProcessNow", true); // parse now, as synchronous REST does, instead of queueing
        try (var producer = camel.createProducerTemplate()) {
            Object response = producer.requestBodyAndHeaders("direct:intake", text, headers);
            return ((com.workoutplanparser.plan.ImportResponse) response).reviewId();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A made-up exercise name no catalog knows ("Unicorn Qxvbt Press"), letters only so the parser reads it. */
    static String unknownName(String kind) {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 5; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return "Unicorn " + word + " " + kind;
    }

    static String reviewId(JsonNode parseResponse) {
        return parseResponse.get("reviewId").asText();
    }
}
