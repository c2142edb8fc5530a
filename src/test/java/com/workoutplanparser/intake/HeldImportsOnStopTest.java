package com.workoutplanparser.intake;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an instance holds and has not started goes back to the queue when it stops, instead of waiting out its
 * lease: one worker (two places), its parse held on a latch, a second submission held behind it.
 */
@TestPropertySource(properties = {"workout.queue.poll-ms=3600000", "workout.queue.workers=1"})
@DirtiesContext // the advice below holds the worker, and the queue stops holding
class HeldImportsOnStopTest extends AppTestBase {

    private static final String PARSE = "/api/v1/workout-plans/parse?async=true";

    @Autowired
    ImportQueue workers;

    @Autowired
    QueueSettings queue;

    @Autowired
    MeterRegistry meters;

    final CountDownLatch gate = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);

    @AfterEach
    void open() {
        gate.countDown();
    }

    private String submit(String text) {
        ApiClient.Response r = api.postText(PARSE, text);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("importId").asText();
    }

    private Map<String, Object> row(String id) {
        return jdbc.queryForMap("select status, claimed_by, attempts from workout_import_log where id = ?::uuid", id);
    }

    @Test
    void anImportHeldAndNotStartedGoesBackToTheQueueWhenTheInstanceStops() throws Exception {
        String warm = submit("Bench Press: 3x8");
        await("the workers started").atMost(Duration.ofSeconds(60)).until(() -> "STORED".equals(row(warm).get("status")));
        AdviceWith.adviceWith(camel, "work-import", route -> route.weaveAddFirst()
                .process(exchange -> {
                    entered.countDown();
                    assertThat(gate.await(60, TimeUnit.SECONDS)).isTrue();
                }));
        double before = meters.get("workout.imports.held").counter().count();

        String running = submit("Squat: 5x5");
        assertThat(entered.await(30, TimeUnit.SECONDS)).as("the first held import is being parsed").isTrue();
        String waiting = submit("Deadlift: 1x5");
        assertThat(meters.get("workout.imports.held").counter().count() - before).isEqualTo(2);
        assertThat(row(waiting)).containsEntry("status", "PROCESSING").containsEntry("claimed_by", queue.instanceId());

        assertThat(workers.giveBackUnstarted()).as("imports given back").isEqualTo(1);

        // RECEIVED for any instance (another test context's poll may have claimed it since: not this one's)
        Map<String, Object> given = row(waiting);
        assertThat(given.get("claimed_by")).isNotEqualTo(queue.instanceId());
        assertThat(row(running)).containsEntry("status", "PROCESSING").containsEntry("claimed_by", queue.instanceId());
        assertThat(workers.reserve(10)).as("a stopping instance holds nothing new").isNull();
        gate.countDown();
        await("the running import finishes").atMost(Duration.ofSeconds(60))
                .until(() -> "STORED".equals(row(running).get("status")));
    }
}
