package com.workoutplanparser.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.web.RawHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fair, bounded work over real HTTP. A user's parse slots are held by jobs that wait on a latch (a slow fake,
 * submitted to the same scheduler the parses use), so "still running" is a fact, not a timing.
 */
class FairWorkTest extends AppTestBase {

    static final String PLAN = "Bench Press: 3x8\nSquat: 5x5\nDeadlift: 1x5";

    @Autowired
    FairParses fair;

    @Autowired
    WorkLimits limits;

    RawHttp http;
    final CountDownLatch release = new CountDownLatch(1);
    final List<FairParses.Job<Object>> held = new ArrayList<>();

    @BeforeEach
    void http() {
        http = new RawHttp(port);
    }

    @AfterEach
    void releaseHeldSlots() {
        release.countDown();
    }

    /** Occupies all of one user's parse slots until the test ends. */
    private void holdSlotsOf(UUID user, int jobs) {
        for (int i = 0; i < jobs; i++) {
            held.add(fair.submit(user, () -> release.await(2, TimeUnit.MINUTES)));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> fair.running(user) == Math.min(jobs, limits.perUser()));
    }

    @Test
    void whileOneUsersLargePlansHoldTheirSlots_anotherUsersSmallParseIsAnswered() {
        String[] busy = http.user(ADMIN_TOKEN, "free");
        String[] other = http.user(ADMIN_TOKEN, "free");
        UUID busyId = UUID.fromString(busy[0]);
        holdSlotsOf(busyId, limits.perUser() + 6); // 8 plans: 2 running, 6 waiting behind them

        RawHttp.Reply small = http.parse(other[1], PLAN);

        assertThat(small.status()).as(small.body()).isEqualTo(200);
        assertThat(small.json().get("status").asText()).isEqualTo("STORED");
        assertThat(fair.running(busyId)).as("the busy user's parses are still running").isEqualTo(limits.perUser());
        assertThat(fair.waiting(busyId)).as("and its others still wait behind them").isEqualTo(6);
        assertThat(held).noneMatch(j -> j.result().isDone());
    }

    @Test
    void aSyncParsePastItsWaitIsAnswered202WithItsImportId_andTheImportEndsInAFinalStatus() {
        String[] user = http.user(ADMIN_TOKEN, "free");
        holdSlotsOf(UUID.fromString(user[0]), limits.perUser());

        RawHttp.Reply late = http.parse(user[1], PLAN, "Prefer", "wait=1");

        assertThat(late.status()).as(late.body()).isEqualTo(202);
        String id = late.json().get("importId").asText();
        assertThat(late.header("Location")).isEqualTo("/api/v1/imports/" + id);
        assertThat(late.json().get("status").asText()).isEqualTo("PROCESSING");
        // it had not started: the durable queue's workers parse it, while this user's slots are still held
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            RawHttp.Reply now = http.send("GET", "/api/v1/imports/" + id, null, null, "Authorization", "Bearer " + user[1]);
            assertThat(now.json().get("status").asText()).isEqualTo("STORED");
        });
        assertThat(held).noneMatch(j -> j.result().isDone());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstImport_andANewKeyANewImport() {
        String[] user = http.user(ADMIN_TOKEN, "free");
        String key = "retry-" + UUID.randomUUID();

        RawHttp.Reply first = http.parse(user[1], PLAN, "Idempotency-Key", key);
        RawHttp.Reply retry = http.parse(user[1], PLAN, "Idempotency-Key", key);
        RawHttp.Reply otherKey = http.parse(user[1], PLAN, "Idempotency-Key", key + "-2");
        RawHttp.Reply sameKeyOtherUser = http.parse(ADMIN_TOKEN, PLAN, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        String id = first.json().get("importId").asText();
        assertThat(retry.json().get("importId").asText()).isEqualTo(id);
        assertThat(retry.json().get("status").asText()).isEqualTo(first.json().get("status").asText());
        assertThat(retry.json().get("days")).isEqualTo(first.json().get("days"));
        assertThat(otherKey.json().get("importId").asText()).isNotEqualTo(id);
        assertThat(sameKeyOtherUser.json().get("importId").asText()).as("keys are per user").isNotEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from workout_import_log where user_id = ?", Long.class,
                UUID.fromString(user[0]))).isEqualTo(2);
    }

    @Test
    void aRetryWhileTheFirstIsStillBeingParsedGetsThatImport_notASecondOne() {
        String[] user = http.user(ADMIN_TOKEN, "free");
        holdSlotsOf(UUID.fromString(user[0]), limits.perUser());
        String key = "slow-" + UUID.randomUUID();

        RawHttp.Reply first = http.parse(user[1], PLAN, "Idempotency-Key", key, "Prefer", "wait=0");
        RawHttp.Reply retry = http.parse(user[1], PLAN, "Idempotency-Key", key, "Prefer", "wait=0");

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isIn(200, 202);
        assertThat(retry.json().get("importId").asText()).isEqualTo(first.json().get("importId").asText());
        assertThat(jdbc.queryForObject("select count(*) from workout_import_log where user_id = ?", Long.class,
                UUID.fromString(user[0]))).isEqualTo(1);
    }

    @Test
    void aPlanPastTheExerciseCapIs422WithAClearMessage_andRecordedFailedWithTheReason() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i <= limits.maxExercises(); i++) {
            huge.append("Squat: 3x").append(i % 20 + 1).append('\n');
        }
        RawHttp.Reply r = http.parse(ADMIN_TOKEN, huge.toString());

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("error").asText()).isEqualTo("too_many_exercises");
        assertThat(r.json().get("message").asText()).contains(String.valueOf(limits.maxExercises() + 1))
                .contains("at most " + limits.maxExercises()).contains("Split it");
        String id = r.json().get("importId").asText();
        assertThat(jdbc.queryForObject("select status from workout_import_log where id = ?::uuid", String.class, id))
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select error from workout_import_log where id = ?::uuid", String.class, id))
                .contains("at most " + limits.maxExercises());
    }

    @Test
    void withEveryParseWorkerHeld_aRequestWithoutATokenIsStillAnswered401() {
        for (int i = 0; i < limits.workers(); i++) {
            held.add(fair.submit(UUID.randomUUID(), () -> release.await(2, TimeUnit.MINUTES)));
        }
        RawHttp.Reply noToken = http.parse(null, PLAN);
        RawHttp.Reply badToken = http.parse("not-a-token", PLAN);

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(held).noneMatch(j -> j.result().isDone());
    }
}
