package com.workoutplanparser.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's examples through real HTTP, the real routes and the embedded PostgreSQL. */
class PipelineEndToEndTest extends AppTestBase {

    private static final String PARSE = "/api/v1/workout-plans/parse";

    @Test
    void seedExampleIsStoredWithEveryExerciseAndLogged() {
        String text = "Bench Press: 3x8\nSquat: 5x5\nDeadlift: 1x5";
        ApiClient.Response r = api.postText(PARSE, text);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("status").asText()).isEqualTo("STORED");
        assertThat(body.get("parser").asText()).isEqualTo("rules");
        assertThat(body.get("isWorkout").asBoolean()).isTrue();
        JsonNode exercises = body.at("/days/0/exercises");
        assertThat(exercises).hasSize(3);
        assertThat(exercises.get(0).get("name").asText()).isEqualTo("Bench Press");
        assertThat(exercises.get(0).get("sets").asInt()).isEqualTo(3);
        assertThat(exercises.get(0).get("reps").asText()).isEqualTo("8");
        assertThat(exercises.get(1).get("sets").asInt()).isEqualTo(5);
        assertThat(exercises.get(2).get("reps").asText()).isEqualTo("5");
        assertThat(exercises.get(0).at("/match/level").asText()).isEqualTo("high");
        assertThat(body.at("/confidence/high").asInt()).isEqualTo(3);
        assertThat(body.at("/usage/inputTokens").asLong()).isZero();

        UUID importId = UUID.fromString(body.get("importId").asText());
        UUID planId = UUID.fromString(body.get("workoutPlanId").asText());
        Map<String, Object> row = jdbc.queryForMap(
                "select user_id, raw_text, status, workout_plan_id, parsed_exercises::text as parsed, "
                        + "confidence_scores::text as scores, source, content_hash from workout_import_log where id = ?",
                importId);
        assertThat(plain(row.get("raw_text"))).isEqualTo(text);
        assertThat(row.get("status")).isEqualTo("STORED");
        assertThat(row.get("workout_plan_id")).isEqualTo(planId);
        assertThat(row.get("user_id")).isNotNull();
        assertThat(row.get("source")).isEqualTo("rest");
        assertThat((String) row.get("parsed")).contains("\"Bench Press\"", "\"Deadlift\"");
        assertThat((String) row.get("scores")).contains("\"high\": 3");
        assertThat((String) row.get("content_hash")).hasSize(64);

        ApiClient.Response plan = api.get("/api/v1/workout-plans/" + planId);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.json().at("/days/0/exercises")).hasSize(3);
        assertThat(plan.json().at("/days/0/exercises/1/exerciseId").asText()).isEqualTo("barbell-back-squat");

        ApiClient.Response imported = api.get("/api/v1/imports/" + importId);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("status").asText()).isEqualTo("STORED");
        assertThat(imported.json().get("workoutPlanId").asText()).isEqualTo(planId.toString());
        assertThat(imported.json().at("/days/0/exercises")).hasSize(3);
    }

    @Test
    void dayHeadingsBecomeDaysThroughTheJsonForm() {
        // "Barbell Rows", not bare "Rows": the 1,470-exercise catalog has several rows (barbell, rowing machine)
        // that fit "Rows" equally, and a medium match rightly sends the plan to review
        ApiClient.Response r = api.postJson(PARSE,
                ApiClient.jsonText("Day 1: Upper Body\nBench Press: 3x8\nBarbell Rows: 3x10"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("STORED");
        assertThat(r.json().at("/days/0/label").asText()).isEqualTo("Day 1: Upper Body");
        assertThat(r.json().at("/days/0/exercises/1/reps").asText()).isEqualTo("10");
        assertThat(r.json().at("/days/0/exercises/0/match/unmatchedModifiers").isArray()).isTrue();
        assertThat(r.json().at("/days/0/exercises/0/match/unmatchedModifiers")).isEmpty();
        assertThat(r.json().at("/days/0/exercises/0/match/contextRule").isNull()).isTrue();
    }

    @Test
    void theImportSaysWhenTheRestOfTheLineDecidedTheMatch() {
        ApiClient.Response r = api.postJson(PARSE, ApiClient.jsonText("WOD\nRow 500 m\n20 Burpees"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var row = r.json().at("/days/0/exercises/0/match");
        assertThat(row.get("exerciseId").asText()).as(r.body()).isEqualTo("rowing-machine");
        assertThat(row.get("contextRule").asText()).isEqualTo("cardio-measure");
    }

    @Test
    void aPlanPostedAsAFormLikeCurlDashDIsReadAsText() {
        ApiClient.Response r = api.postBytes(PARSE, "application/x-www-form-urlencoded",
                "Day 1: Upper Body\nBench Press: 3x8".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().at("/days/0/exercises/0/name").asText()).isEqualTo("Bench Press");
    }

    @Test
    void unknownExerciseGoesToReviewAndIsKept() {
        // words no other test teaches as an alias (the review tests learn "Unicorn <random> Press", which would make
        // "Unicorn Press" a low match when they run first in the same JVM)
        ApiClient.Response r = api.postText(PARSE, "Bench Press: 3x8\nGriffin Twirl 3x8");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(r.json().get("workoutPlanId").isNull()).isTrue();
        UUID reviewId = UUID.fromString(r.json().get("reviewId").asText());
        Map<String, Object> review = jdbc.queryForMap(
                "select r.status, r.reason, l.status as import_status from review_item r "
                        + "join workout_import_log l on l.id = r.import_id where r.id = ?", reviewId);
        assertThat(review.get("status")).isEqualTo("PENDING");
        assertThat(review.get("import_status")).isEqualTo("NEEDS_REVIEW");
        assertThat((String) review.get("reason")).contains("below high confidence");
        String unicornLevel = r.json().at("/days/0/exercises/1/match").isNull()
                ? "unmatched" : r.json().at("/days/0/exercises/1/match/level").asText();
        assertThat(unicornLevel).isNotEqualTo("high");
        // a name that matches nothing is not understood: the reviewer sees its line beside the unread ones
        assertThat(r.json().at("/notUnderstoodLines")).as(r.body()).hasSize(1);
        assertThat(r.json().at("/notUnderstoodLines/0/line").asInt()).isEqualTo(2);
        assertThat(r.json().at("/notUnderstoodLines/0/readAs").asText()).isEqualTo("Griffin Twirl");
        assertThat(r.json().has("unreadLines")).isFalse();
        assertThat(review.get("reason").toString()).contains("matches nothing in the catalog");
    }

    @Test
    void aProsePlanNobodyCouldRead_goesToReviewNotRejected() {
        String prose = com.workoutplanparser.llm.UnreadIsNotRejectedTest.PROSE_PLAN;
        ApiClient.Response r = api.postText(PARSE, prose);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(r.json().get("error").asText()).contains("looks like a workout plan");
        assertThat(r.json().get("reviewId").isNull()).isFalse();
    }

    @Test
    void textThatIsNotAWorkoutIsRejectedButRecorded() {
        String newsletter = "Hi all,\nOur gym will be closed on Monday for maintenance.\nSee you soon!";
        ApiClient.Response r = api.postText(PARSE, newsletter);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(r.json().get("isWorkout").asBoolean()).isFalse();
        assertThat(r.json().get("error").asText()).contains("does not look like a workout");
        Map<String, Object> row = jdbc.queryForMap("select status, raw_text, error from workout_import_log where id = ?",
                UUID.fromString(r.json().get("importId").asText()));
        assertThat(row.get("status")).isEqualTo("REJECTED");
        assertThat(plain(row.get("raw_text"))).isEqualTo(newsletter);
    }

    @Test
    void aLateSecondAttemptOnADecidedImportChangesNothing() throws Exception {
        ApiClient.Response first = api.postText(PARSE, "Squat: 5x5\nDeadlift: 1x5");
        UUID importId = UUID.fromString(first.json().get("importId").asText());
        long plansBefore = jdbc.queryForObject("select count(*) from workout_plan", Long.class);
        UUID userId = jdbc.queryForObject("select user_id from workout_import_log where id = ?", UUID.class, importId);

        // What a worker whose lease expired mid-parse would do: process the same import again.
        try (var producer = camel.createProducerTemplate()) {
            producer.send("direct:process-import", e -> {
                e.getMessage().setBody("Squat: 5x5\nDeadlift: 1x5");
                e.setProperty(ImportResult.PROPERTY,
                        ImportResult.recorded(importId, userId, "rest", null, ImportStatus.PROCESSING));
            });
        }

        assertThat(jdbc.queryForObject("select count(*) from workout_plan", Long.class)).isEqualTo(plansBefore);
        Map<String, Object> row = jdbc.queryForMap("select status, workout_plan_id from workout_import_log where id = ?",
                importId);
        assertThat(row.get("status")).isEqualTo("STORED");
        assertThat(row.get("workout_plan_id").toString()).isEqualTo(first.json().get("workoutPlanId").asText());
    }

    @Test
    void missingOrWrongTokenIs401() {
        ApiClient.Response none = api.withToken(null).postText(PARSE, "Squat: 5x5");
        ApiClient.Response wrong = api.withToken("not-a-token").postText(PARSE, "Squat: 5x5");

        assertThat(none.status()).as(none.body()).isEqualTo(401);
        assertThat(none.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(401);
        assertThat(wrong.json().get("message").asText()).contains("not valid");
        assertThat(api.withToken("not-a-token").get("/api/v1/imports/" + UUID.randomUUID()).status()).isEqualTo(401);
    }

    @Test
    void badInputGetsAClearErrorAndNothingIsRecorded() {
        long before = importCount();

        ApiClient.Response emptyJson = api.postJson(PARSE, "{\"text\": \"   \"}");
        ApiClient.Response emptyPlain = api.postText(PARSE, "");
        ApiClient.Response noText = api.postJson(PARSE, "{\"plan\": \"Squat 5x5\"}");
        ApiClient.Response brokenJson = api.postJson(PARSE, "{\"text\": ");
        ApiClient.Response badUtf8 = api.postBytes(PARSE, "text/plain", new byte[]{'S', 'q', (byte) 0xC3, (byte) 0x28});
        ApiClient.Response binary = api.postBytes(PARSE, "application/octet-stream", new byte[]{1, 2, 3, 0, 4, 5, 6, 7});
        ApiClient.Response huge = api.postText(PARSE, "Squat 5x5\n".repeat(2_100_000)); // ~21 MB

        assertThat(emptyJson.status()).as(emptyJson.body()).isEqualTo(400);
        assertThat(emptyJson.json().get("error").asText()).isEqualTo("empty_text");
        assertThat(emptyPlain.status()).as(emptyPlain.body()).isEqualTo(400);
        assertThat(noText.status()).as(noText.body()).isEqualTo(400);
        assertThat(noText.json().get("message").asText()).contains("\"text\"");
        assertThat(brokenJson.status()).as(brokenJson.body()).isEqualTo(400);
        assertThat(brokenJson.json().get("error").asText()).isEqualTo("invalid_json");
        assertThat(badUtf8.status()).as(badUtf8.body()).isEqualTo(400);
        assertThat(badUtf8.json().get("error").asText()).isEqualTo("invalid_utf8");
        assertThat(binary.status()).as(binary.body()).isEqualTo(400);
        assertThat(binary.json().get("error").asText()).isEqualTo("not_text");
        assertThat(huge.status()).as(huge.body()).isEqualTo(413);
        assertThat(importCount()).isEqualTo(before);
    }

    @Test
    void unknownIdsAre404() {
        assertThat(api.get("/api/v1/imports/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/imports/not-a-uuid").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/workout-plans/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void importsAreCountedByStatusAndSourceForPrometheus() {
        api.postText(PARSE, "Squat: 5x5");

        ApiClient.Response metrics = api.get("/actuator/prometheus");
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("workout_imports_total\\{[^}]*source=\"rest\"[^}]*status=\"STORED\"");
        assertThat(metrics.body()).contains("workout_parse_duration_seconds_count");
        assertThat(metrics.body()).contains("routeId=\"process-import\"");
        ApiClient.Response health = api.get("/actuator/health");
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
    }

    private long importCount() {
        return jdbc.queryForObject("select count(*) from workout_import_log", Long.class);
    }
}
