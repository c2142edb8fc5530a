package com.workoutplanparser.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.workoutplanparser.llm.LlmStatus;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.support.AppTestBase;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A synchronous parse its caller runs writes its import once, with the outcome; one whose turn does not come within
 * its caller's wait is written RECEIVED, for the durable queue, before its 202. A FairParses of one slot and a short
 * wait, over the service's real routes, database and queue; "the slot is taken" is a job held on a latch.
 */
class DeferredIntakeTest extends AppTestBase {

    static final String PLAN = "Bench Press: 3x8\nSquat: 5x5";

    @Autowired
    IntakeRecorder recorder;

    @Autowired
    QueueSettings queue;

    @Autowired
    LlmStatus llm;

    @Autowired
    WorkLimits limits;

    FairParses fair;
    UUID owner;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void oneSlot() {
        WorkLimits one = new WorkLimits(1, 1, Duration.ofMillis(700), limits.maxExercises(), limits.maxResponseBytes());
        fair = new FairParses(one, camel, jdbc, queue, llm, recorder);
        owner = recorder.defaultUser();
    }

    @AfterEach
    void stop() {
        release.countDown();
        fair.stop();
    }

    /** direct:intake's first step for a synchronous REST submission: the exchange FairParses gets. */
    private Exchange recorded(String sourceRef) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(IntakeSubmission.PROPERTY, IntakeSubmission.rest(owner, sourceRef, null, true));
        exchange.getMessage().setBody(PLAN);
        recorder.record(exchange);
        return exchange;
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("""
                select status, source, source_ref, attempts, claimed_by, raw_text, content_hash, workout_plan_id,
                       created_at = updated_at as written_once
                  from workout_import_log where id = ?""", id);
    }

    private long rows(UUID id) {
        return jdbc.queryForObject("select count(*) from workout_import_log where id = ?", Long.class, id);
    }

    @Test
    void aParseItsCallerRunsWritesItsImportOnce_inTheStatementThatStoresItsPlan() throws Exception {
        Exchange exchange = recorded("deferred-stored");
        UUID id = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class).importId();
        assertThat(rows(id)).as("nothing is written before the outcome").isZero();

        fair.process(exchange);

        ImportResult result = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        assertThat(result.status()).isEqualTo(ImportStatus.STORED);
        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("status", "STORED").containsEntry("source", "rest")
                .containsEntry("source_ref", "deferred-stored").containsEntry("attempts", 1)
                .containsEntry("claimed_by", queue.instanceId()).containsEntry("workout_plan_id", result.planId())
                .containsEntry("written_once", true);
        assertThat(plain(row.get("raw_text"))).isEqualTo(PLAN);
        assertThat(row.get("content_hash")).isNotNull();
        assertThat(jdbc.queryForObject("select import_id from workout_plan where id = ?", UUID.class, result.planId()))
                .isEqualTo(id);
    }

    @Test
    void oneWhoseTurnDoesNotComeWithinTheWait_isWrittenReceivedBeforeIts202_andTheQueueParsesIt() throws Exception {
        fair.submit(owner, () -> release.await(2, TimeUnit.MINUTES)); // the one slot, taken
        await().atMost(Duration.ofSeconds(10)).until(() -> fair.running(owner) == 1);
        Exchange exchange = recorded("deferred-late");
        UUID id = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class).importId();

        fair.process(exchange);

        assertThat(exchange.getMessage().getHeader(FairParses.ANSWER_LATER, Boolean.class)).isTrue();
        assertThat(rows(id)).as("written before the 202").isEqualTo(1);
        assertThat(fair.waiting(owner)).as("taken out of the turn").isZero();
        assertThat(fair.running(owner)).as("only the held job runs").isEqualTo(1);
        // the service's own queue workers claim it (another transaction: not written once) and store it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(row(id)).containsEntry("status", "STORED").containsEntry("written_once", false));
        assertThat(plain(row(id).get("raw_text"))).isEqualTo(PLAN);
    }
}
