package com.workoutplanparser.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.workoutplanparser.review.ReviewFixtures.User;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.apache.camel.ConsumerTemplate;
import org.awaitility.Awaitility;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static com.workoutplanparser.review.ReviewFixtures.REVIEWS;
import static com.workoutplanparser.review.ReviewFixtures.queued;
import static com.workoutplanparser.review.ReviewFixtures.reviewId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ops configure: where review notices go (here a queue that a test reads, and a webhook that is down,
 * which must not fail the import) and how many agreeing corrections teach an alias (here two).
 */
@TestPropertySource(properties = {
        "workout.review.notify-uri=seda:review-notices,http://127.0.0.1:9/webhook-that-is-down",
        "workout.review.alias-learn-threshold=2"})
class ReviewNoticeAndLearningThresholdTest extends AppTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aQueuedPlanSendsANoticeWithoutPlanTextAndAFailingNotifierDoesNotFailTheImport() throws Exception {
        User owner = new ReviewFixtures(api).user("user");
        String unknown = ReviewFixtures.unknownName("Press");
        JsonNode parsed = queued(owner, "Bench Press: 3x8\n" + unknown + " 3x8");

        Exchange notice;
        try (ConsumerTemplate consumer = camel.createConsumerTemplate()) {
            notice = consumer.receive("seda:review-notices", 30_000);
        }

        assertThat(notice).as("a notice reached the configured endpoint").isNotNull();
        JsonNode body = JSON.readTree(notice.getMessage().getBody(String.class));
        assertThat(body.get("event").asText()).isEqualTo("review.queued");
        assertThat(body.get("reviewId").asText()).isEqualTo(reviewId(parsed));
        assertThat(body.get("importId").asText()).isEqualTo(parsed.get("importId").asText());
        assertThat(body.get("source").asText()).isEqualTo("rest");
        assertThat(body.get("reason").asText()).contains("below high confidence");
        assertThat(body.get("createdAt").asText()).isNotBlank();
        assertThat(notice.getMessage().getBody(String.class)).doesNotContain(unknown, "Bench", "@example.test");
        assertThat(notice.getMessage().getHeaders().keySet()).noneMatch(h -> h.startsWith("workout"));
        assertThat(parsed.get("status").asText()).isEqualTo("NEEDS_REVIEW");
        // The second recipient (a webhook that is down) fails: that is counted (and logged), the import is unharmed.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/actuator/prometheus").body())
                        .containsPattern("workout_review_notices_failed_total\\{[^}]*\\} [1-9]"));
        assertThat(jdbc.queryForObject("select status from workout_import_log where id = cast(? as uuid)",
                String.class, parsed.get("importId").asText())).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void withAThresholdOfTwoTheSecondAgreeingCorrectionTeachesTheAlias() {
        ReviewFixtures fixtures = new ReviewFixtures(api);
        User owner = fixtures.user("user");
        User first = fixtures.user("reviewer");
        User second = fixtures.user("reviewer");
        String name = ReviewFixtures.unknownName("Curl");
        String correction = "{\"corrections\": [{\"index\": 1, \"exerciseId\": \"barbell-curl\"}]}";

        JsonNode once = approve(first, queued(owner, "Squat: 5x5\n" + name + " 3x12"), correction);
        assertThat(once.get("learnedAliases")).isEmpty();
        JsonNode stillUnknown = queued(owner, "Squat: 5x5\n" + name + " 3x12");

        JsonNode twice = approve(second, stillUnknown, correction);
        assertThat(twice.at("/learnedAliases/0/alias").asText()).isEqualTo(name);

        ApiClient.Response next = owner.api().postText(ReviewFixtures.PARSE, "Squat: 5x5\n" + name + " 3x12");
        assertThat(next.json().at("/days/0/exercises/1/match/exerciseId").asText()).isEqualTo("barbell-curl");
        assertThat(next.json().at("/days/0/exercises/1/match/level").asText()).isEqualTo("high");
        assertThat(jdbc.queryForObject("select count(*) from match_correction where original_name = ?", Long.class,
                name)).isEqualTo(2);
    }

    private static JsonNode approve(User reviewer, JsonNode parsed, String corrections) {
        ApiClient.Response r = reviewer.api().postJson(REVIEWS + "/" + reviewId(parsed) + "/approve", corrections);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
