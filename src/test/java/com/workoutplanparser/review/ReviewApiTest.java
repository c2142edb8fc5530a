package com.workoutplanparser.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.review.ReviewFixtures.User;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.workoutplanparser.review.ReviewFixtures.REVIEWS;
import static com.workoutplanparser.review.ReviewFixtures.queued;
import static com.workoutplanparser.review.ReviewFixtures.reviewId;
import static org.assertj.core.api.Assertions.assertThat;

/** The review API through real HTTP, the real routes and the embedded PostgreSQL. */
class ReviewApiTest extends AppTestBase {

    /** A plan with a name in no catalog, so it needs a person. */
    private String plan;
    /** That name: new for each test, since a correction teaches it to the shared catalog. */
    private String unknown;

    private ReviewFixtures fixtures;
    private User owner;
    private User reviewer;

    @BeforeEach
    void users() {
        fixtures = new ReviewFixtures(api);
        owner = fixtures.user("user");
        reviewer = fixtures.user("reviewer");
        unknown = ReviewFixtures.unknownName("Press");
        plan = "Bench Press: 3x8\n" + unknown + " 3x8\nSquat: 5x5";
    }

    @Test
    void queueListsPendingItemsOldestFirstWithAgeAndSourceAndFilters() {
        String first = reviewId(queued(owner, plan));
        UUID second = ReviewFixtures.queuedFrom(camel, owner, "file", "Bench Press: 3x8\n" + ReviewFixtures.unknownName("Row") + " 3x10");
        String third = reviewId(queued(owner, "Squat: 5x5\n" + ReviewFixtures.unknownName("Curl") + " 3x12"));

        JsonNode page = ok(reviewer.api().get(REVIEWS + "?status=PENDING&userId=" + owner.id()));
        assertThat(ids(page.get("items"))).containsExactly(first, second.toString(), third);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        JsonNode item = page.at("/items/1");
        assertThat(item.get("source").asText()).isEqualTo("file");
        assertThat(item.get("sourceRef").asText()).isEqualTo("plan.txt");
        assertThat(item.get("reason").asText()).contains("below high confidence");
        assertThat(item.get("ageSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(item.get("createdAt").asText()).isNotBlank();
        assertThat(item.has("rawText")).as("the list carries no plan text").isFalse();

        JsonNode secondPage = ok(reviewer.api().get(REVIEWS + "?userId=" + owner.id() + "&size=2&page=1"));
        assertThat(ids(secondPage.get("items"))).containsExactly(third);
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);

        JsonNode fromFiles = ok(reviewer.api().get(REVIEWS + "?userId=" + owner.id() + "&source=file"));
        assertThat(ids(fromFiles.get("items"))).containsExactly(second.toString());

        assertThat(ok(reviewer.api().get(REVIEWS + "?status=APPROVED&userId=" + owner.id())).get("items")).isEmpty();
        assertThat(reviewer.api().get(REVIEWS + "?status=MAYBE").status()).isEqualTo(400);
        assertThat(reviewer.api().get(REVIEWS + "?size=0").status()).isEqualTo(400);
    }

    @Test
    void itemShowsRawTextParsedPlanMatchesWithAlternativesAndUnreadLines() {
        String text = plan + "\n\n3x10 @ 60kg"; // quantities without a name: nothing can read line 5
        JsonNode parsed = queued(owner, text);

        JsonNode item = ok(reviewer.api().get(REVIEWS + "/" + reviewId(parsed)));

        assertThat(item.get("rawText").asText()).isEqualTo(text);
        assertThat(item.get("status").asText()).isEqualTo("PENDING");
        assertThat(item.get("importId").asText()).isEqualTo(parsed.get("importId").asText());
        assertThat(item.get("parser").asText()).isEqualTo("rules");
        JsonNode exercises = item.at("/days/0/exercises");
        assertThat(exercises).hasSize(3);
        assertThat(exercises.at("/0/match/exerciseId").asText()).isEqualTo("barbell-bench-press");
        assertThat(exercises.at("/0/match/alternatives").isArray()).isTrue();
        assertThat(exercises.at("/1/name").asText()).isEqualTo(unknown);
        assertThat(exercises.at("/1/sets").asInt()).isEqualTo(3);
        assertThat(item.get("unreadLines")).hasSize(1);
        assertThat(item.at("/unreadLines/0/line").asInt()).isEqualTo(5);
        assertThat(item.at("/unreadLines/0/text").asText()).isEqualTo("3x10 @ 60kg");
        assertThat(item.get("reason").asText()).contains("could not be read");
        assertThat(item.at("/confidence/high").asInt()).isEqualTo(2);
    }

    @Test
    void approvingWithoutCorrectionsStoresTheParsedPlanAndLinksTheImport() {
        JsonNode parsed = queued(owner, plan);
        String id = reviewId(parsed);

        JsonNode decision = ok(reviewer.api().postJson(REVIEWS + "/" + id + "/approve", ""));

        assertThat(decision.get("status").asText()).isEqualTo("APPROVED");
        assertThat(decision.get("corrections").asInt()).isZero();
        String planId = decision.get("workoutPlanId").asText();
        Map<String, Object> row = jdbc.queryForMap("""
                select r.status, r.decided_by, r.decided_at, l.status as import_status, l.workout_plan_id
                  from review_item r join workout_import_log l on l.id = r.import_id where r.id = ?""",
                UUID.fromString(id));
        assertThat(row.get("status")).isEqualTo("APPROVED");
        assertThat(row.get("decided_by")).isEqualTo(reviewer.id());
        assertThat(row.get("decided_at")).isNotNull();
        assertThat(row.get("import_status")).isEqualTo("STORED");
        assertThat(row.get("workout_plan_id")).isEqualTo(UUID.fromString(planId));

        JsonNode stored = ok(owner.api().get("/api/v1/workout-plans/" + planId));
        assertThat(stored.get("userId").asText()).as("the plan is the owner's, not the reviewer's")
                .isEqualTo(owner.id().toString());
        assertThat(stored.at("/days/0/exercises")).hasSize(3);
        assertThat(stored.at("/days/0/exercises/1/name").asText()).isEqualTo(unknown);
        JsonNode imported = ok(owner.api().get("/api/v1/imports/" + parsed.get("importId").asText()));
        assertThat(imported.get("status").asText()).isEqualTo("STORED");
        assertThat(imported.get("workoutPlanId").asText()).isEqualTo(planId);
        assertThat(ok(reviewer.api().get(REVIEWS + "/" + id)).get("workoutPlanId").asText()).isEqualTo(planId);
    }

    @Test
    void approvingStoresThePlanExactlyAsCorrectedAndRecordsTheCorrection() {
        String id = reviewId(queued(owner, "Bench Press: 3x8\n" + unknown + " 3x8\nSquat: 5x5\nDeadlift: 1x5"));
        String corrections = """
                {"corrections": [
                   {"day": 0, "index": 1, "exerciseId": "dumbbell-bench-press", "sets": 4, "reps": "10-12",
                    "weight": [20, 22.5, 25, 25], "unit": "kg"},
                   {"day": 0, "index": 2, "reps": "3"},
                   {"day": 0, "index": 3, "remove": true}],
                 "added": [{"day": 0, "exerciseId": "plank", "sets": 3, "reps": "60s"}],
                 "note": "it is a dumbbell bench press"}""";

        JsonNode decision = ok(reviewer.api().postJson(REVIEWS + "/" + id + "/approve", corrections));

        assertThat(decision.get("corrections").asInt()).isEqualTo(1);
        JsonNode exercises = ok(reviewer.api().get("/api/v1/workout-plans/" + decision.get("workoutPlanId").asText()))
                .at("/days/0/exercises");
        assertThat(exercises).hasSize(4);
        assertThat(exercises.at("/0/exerciseId").asText()).isEqualTo("barbell-bench-press");
        JsonNode unicorn = exercises.get(1);
        assertThat(unicorn.get("exerciseId").asText()).isEqualTo("dumbbell-bench-press");
        assertThat(unicorn.get("name").asText()).isEqualTo(unknown);
        assertThat(unicorn.get("sets").asInt()).isEqualTo(4);
        assertThat(unicorn.get("reps").asText()).isEqualTo("10-12");
        List<Double> weights = new ArrayList<>();
        unicorn.get("weight").forEach(w -> weights.add(w.asDouble()));
        assertThat(weights).containsExactly(20.0, 22.5, 25.0, 25.0);
        assertThat(unicorn.get("unit").asText()).isEqualTo("kg");
        assertThat(unicorn.get("matchConfidence").asDouble()).isEqualTo(1.0);
        assertThat(exercises.at("/2/exerciseId").asText()).isEqualTo("barbell-back-squat");
        assertThat(exercises.at("/2/sets").asInt()).as("untouched fields stay").isEqualTo(5);
        assertThat(exercises.at("/2/reps").asText()).isEqualTo("3");
        assertThat(exercises.at("/3/exerciseId").asText()).as("deadlift removed, plank added").isEqualTo("plank");
        assertThat(exercises.at("/3/reps").asText()).isEqualTo("60s");

        Map<String, Object> correction = jdbc.queryForMap(
                "select * from match_correction where review_id = ?", UUID.fromString(id));
        assertThat(correction.get("original_name")).isEqualTo(unknown);
        assertThat(correction.get("name_key")).isEqualTo(AliasLearning.nameKey(unknown)).isNotEqualTo("");
        assertThat(correction.get("chosen_exercise_id")).isEqualTo("dumbbell-bench-press");
        assertThat(correction.get("corrected_by")).isEqualTo(reviewer.id());
        assertThat(correction.get("corrected_at")).isNotNull();
        assertThat(jdbc.queryForObject("select decision_note from review_item where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("it is a dumbbell bench press");
        assertThat(api.get("/actuator/prometheus").body())
                .containsPattern("workout_review_corrections_total\\{[^}]*\\} [1-9]");
    }

    @Test
    void aCorrectedNameBecomesAnAliasAndTheNextPlanMatchesIt() {
        String name = ReviewFixtures.unknownName("Curl");
        String id = reviewId(queued(owner, "Squat: 5x5\n" + name + " 3x12"));
        JsonNode before = ok(reviewer.api().get(REVIEWS + "/" + id)).at("/days/0/exercises/1/match");
        assertThat(before.isNull() || !"barbell-curl".equals(before.path("exerciseId").asText())
                || !"high".equals(before.path("level").asText())).isTrue();

        JsonNode decision = ok(reviewer.api().postJson(REVIEWS + "/" + id + "/approve",
                "{\"corrections\": [{\"index\": 1, \"exerciseId\": \"barbell-curl\"}]}"));

        assertThat(decision.at("/learnedAliases/0/exerciseId").asText()).isEqualTo("barbell-curl");
        assertThat(jdbc.queryForObject(
                "select origin from exercise_alias where exercise_id = 'barbell-curl' and alias = ?", String.class,
                name)).isEqualTo("learned");
        ApiClient.Response next = owner.api().postText(ReviewFixtures.PARSE, "Squat: 5x5\n" + name.toUpperCase() + " 3x12");
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().at("/days/0/exercises/1/match/exerciseId").asText()).isEqualTo("barbell-curl");
        assertThat(next.json().at("/days/0/exercises/1/match/level").asText()).isEqualTo("high");
        assertThat(next.json().get("status").asText()).isEqualTo("STORED");
    }

    @Test
    void rejectingNeedsAReasonAndRejectsTheImportWithIt() {
        JsonNode parsed = queued(owner, plan);
        String id = reviewId(parsed);

        ApiClient.Response noReason = reviewer.api().postJson(REVIEWS + "/" + id + "/reject", "{}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.json().get("error").asText()).isEqualTo("missing_reason");

        JsonNode decision = ok(reviewer.api().postJson(REVIEWS + "/" + id + "/reject",
                "{\"reason\": \"This is a shopping list.\"}"));

        assertThat(decision.get("status").asText()).isEqualTo("REJECTED");
        assertThat(decision.get("workoutPlanId").isNull()).isTrue();
        JsonNode imported = ok(owner.api().get("/api/v1/imports/" + parsed.get("importId").asText()));
        assertThat(imported.get("status").asText()).isEqualTo("REJECTED");
        assertThat(imported.get("error").asText()).contains("This is a shopping list.");
        JsonNode item = ok(owner.api().get(REVIEWS + "/" + id));
        assertThat(item.get("status").asText()).isEqualTo("REJECTED");
        assertThat(item.get("decisionNote").asText()).isEqualTo("This is a shopping list.");
        assertThat(jdbc.queryForObject("select count(*) from workout_plan where import_id = ?", Long.class,
                UUID.fromString(parsed.get("importId").asText()))).isZero();
    }

    @Test
    void aReviewIsDecidedOnceASecondDecisionIs409() {
        String approved = reviewId(queued(owner, plan));
        String rejected = reviewId(queued(owner, plan));
        ok(reviewer.api().postJson(REVIEWS + "/" + approved + "/approve", ""));
        ok(reviewer.api().postJson(REVIEWS + "/" + rejected + "/reject", "{\"reason\": \"not a plan\"}"));

        ApiClient.Response again = reviewer.api().postJson(REVIEWS + "/" + approved + "/approve", "");
        ApiClient.Response rejectApproved = api.postJson(REVIEWS + "/" + approved + "/reject", "{\"reason\": \"x\"}");
        ApiClient.Response approveRejected = reviewer.api().postJson(REVIEWS + "/" + rejected + "/approve", "");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("conflict");
        assertThat(rejectApproved.status()).as(rejectApproved.body()).isEqualTo(409);
        assertThat(approveRejected.status()).as(approveRejected.body()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select status from review_item where id = ?", String.class,
                UUID.fromString(approved))).isEqualTo("APPROVED");
    }

    @Test
    void twoReviewersApprovingAtOnceExactlyOneWins() throws Exception {
        User other = fixtures.user("reviewer");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                JsonNode parsed = queued(owner, plan);
                String path = REVIEWS + "/" + reviewId(parsed) + "/approve";
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> calls = new ArrayList<>();
                for (User r : List.of(reviewer, other)) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return r.api().postJson(path, "").status();
                    }, pool));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (var call : calls) {
                    statuses.add(call.get(60, TimeUnit.SECONDS));
                }

                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                assertThat(jdbc.queryForObject("select count(*) from workout_plan where import_id = ?", Long.class,
                        UUID.fromString(parsed.get("importId").asText()))).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ordinaryUsersSeeOnlyTheirOwnItemsAndCannotDecide() {
        User stranger = fixtures.user("user");
        String id = reviewId(queued(owner, plan));
        String strangers = reviewId(queued(stranger, plan));

        JsonNode mine = ok(owner.api().get(REVIEWS));
        assertThat(ids(mine.get("items"))).contains(id).doesNotContain(strangers);
        assertThat(mine.get("items")).allSatisfy(i -> assertThat(i.get("userId").asText()).isEqualTo(owner.id().toString()));
        assertThat(ok(owner.api().get(REVIEWS + "/" + id)).get("rawText").asText()).isEqualTo(plan);
        assertThat(owner.api().get(REVIEWS + "/" + strangers).status()).isEqualTo(404);
        assertThat(owner.api().get(REVIEWS + "?userId=" + stranger.id()).status()).isEqualTo(403);

        ApiClient.Response approve = owner.api().postJson(REVIEWS + "/" + id + "/approve", "");
        ApiClient.Response reject = owner.api().postJson(REVIEWS + "/" + id + "/reject", "{\"reason\": \"mine\"}");
        assertThat(approve.status()).as(approve.body()).isEqualTo(403);
        assertThat(reject.status()).as(reject.body()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select status from review_item where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("PENDING");

        assertThat(ids(ok(reviewer.api().get(REVIEWS + "?size=100")).get("items"))).contains(id, strangers);
        assertThat(api.withToken(null).get(REVIEWS).status()).isEqualTo(401);
        assertThat(api.withToken("nope").postJson(REVIEWS + "/" + id + "/approve", "").status()).isEqualTo(401);
        assertThat(owner.api().postJson("/api/v1/users", "{\"displayName\": \"x\", \"role\": \"admin\"}").status())
                .as("only admins create users").isEqualTo(403);
        JsonNode me = ok(owner.api().get("/api/v1/users/me"));
        assertThat(me.get("id").asText()).isEqualTo(owner.id().toString());
        assertThat(me.get("role").asText()).isEqualTo("user");
        assertThat(me.has("token")).isFalse();
    }

    @Test
    void invalidCorrectionsAre400AndChangeNothing() {
        String id = reviewId(queued(owner, plan));

        ApiClient.Response unknownExercise = reviewer.api().postJson(REVIEWS + "/" + id + "/approve",
                "{\"corrections\": [{\"index\": 1, \"exerciseId\": \"unicorn-press\"}]}");
        ApiClient.Response noSuchExercise = reviewer.api().postJson(REVIEWS + "/" + id + "/approve",
                "{\"corrections\": [{\"day\": 0, \"index\": 7, \"sets\": 3}]}");
        ApiClient.Response badSets = reviewer.api().postJson(REVIEWS + "/" + id + "/approve",
                "{\"corrections\": [{\"index\": 0, \"sets\": \"many\"}]}");
        ApiClient.Response allRemoved = reviewer.api().postJson(REVIEWS + "/" + id + "/approve",
                "{\"corrections\": [{\"index\": 0, \"remove\": true}, {\"index\": 1, \"remove\": true}, "
                        + "{\"index\": 2, \"remove\": true}]}");

        for (ApiClient.Response r : List.of(unknownExercise, noSuchExercise, badSets, allRemoved)) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isEqualTo("invalid_corrections");
        }
        assertThat(unknownExercise.json().get("message").asText()).contains("unicorn-press");
        assertThat(reviewer.api().get(REVIEWS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(reviewer.api().postJson(REVIEWS + "/not-an-id/approve", "").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select status from review_item where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("PENDING");
    }

    private static JsonNode ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
