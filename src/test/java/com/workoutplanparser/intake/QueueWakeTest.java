package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The queue does not wait for its poll: with the poll an hour apart (after the first), async submissions are still
 * parsed. A submission this instance records is held by its own workers when they have room; when they have none, it
 * waits RECEIVED, and the place given back next claims it at once. Other test contexts on the same database poll on
 * their own; this instance must still have claimed some of them, which it cannot without being woken.
 */
@TestPropertySource(properties = "workout.queue.poll-ms=3600000")
class QueueWakeTest extends AppTestBase {

    private static final String PARSE = "/api/v1/workout-plans/parse?async=true";

    @Autowired
    QueueSettings queue;

    @Autowired
    ImportQueue workers;

    @Autowired
    MeterRegistry meters;

    private String submit(String text) {
        ApiClient.Response r = api.postText(PARSE, text);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("importId").asText();
    }

    private String status(String id) {
        return jdbc.queryForObject("select status from workout_import_log where id = ?::uuid", String.class, id);
    }

    /** Every place this instance's workers still have for a text of {@code chars} characters, taken. */
    private List<ImportQueue.Place> everyPlace(int chars) {
        List<ImportQueue.Place> taken = new ArrayList<>();
        for (ImportQueue.Place place; (place = workers.reserve(chars)) != null; ) {
            taken.add(place);
        }
        return taken;
    }

    private double held() {
        return meters.get("workout.imports.held").counter().count();
    }

    @Test
    void aSubmissionIsHeldByTheWorkersOfTheInstanceThatRecordedIt() {
        String first = submit("Bench Press: 3x8\nSquat: 5x5");
        await("the first import").atMost(Duration.ofSeconds(60)).until(() -> "STORED".equals(status(first)));
        double before = held();

        String next = submit("Deadlift: 1x5\nPull Up: 3x6");

        await("the held import").atMost(Duration.ofSeconds(60)).until(() -> "STORED".equals(status(next)));
        assertThat(held() - before).as("submissions handed to this instance's workers").isEqualTo(1);
        assertThat(jdbc.queryForMap("select claimed_by, attempts from workout_import_log where id = ?::uuid", next))
                .containsEntry("claimed_by", queue.instanceId()).containsEntry("attempts", 1);
    }

    @Test
    void aRulesOnlyInstanceHoldsMoreShortTextsThanItClaims() {
        String first = submit("Bench Press: 3x8\nSquat: 5x5");
        await("the first import").atMost(Duration.ofSeconds(60)).until(() -> "STORED".equals(status(first)));
        List<ImportQueue.Place> taken = new ArrayList<>();
        try {
            taken.addAll(everyPlace(ImportQueue.QUICK_HOLD_MAX_CHARS + 1));
            assertThat(taken).as("places for a long text: two per worker").hasSize(queue.workers() * ImportQueue.HELD_PER_WORKER);
            ImportQueue.Place quick = workers.reserve(ImportQueue.QUICK_HOLD_MAX_CHARS);
            assertThat(quick).as("a short text still finds a place").isNotNull();
            taken.add(quick);
        } finally {
            taken.forEach(ImportQueue.Place::cancel);
        }
        taken.get(0).cancel(); // a place given back twice is given back once

        List<ImportQueue.Place> again = everyPlace(ImportQueue.QUICK_HOLD_MAX_CHARS + 1);
        again.forEach(ImportQueue.Place::cancel);
        assertThat(again).as("places after every one was given back").hasSize(queue.workers() * ImportQueue.HELD_PER_WORKER);
    }

    @Test
    void withEveryPlaceTakenSubmissionsWaitAndAPlaceGivenBackClaimsThem() {
        String first = submit("Bench Press: 3x8\nSquat: 5x5");
        await("the first import").atMost(Duration.ofSeconds(60)).until(() -> "STORED".equals(status(first)));
        List<ImportQueue.Place> taken = everyPlace(100);
        assertThat(taken).as("places this instance's workers hold").isNotEmpty();
        double before = held();

        StringBuilder texts = new StringBuilder("{\"texts\": [");
        for (int i = 0; i < 12; i++) {
            texts.append(i == 0 ? "" : ", ").append("\"Deadlift: 1x5\\nPull Up: 3x").append(5 + i).append('"');
        }
        ApiClient.Response batch = api.postJson("/api/v1/workout-plans/parse/batch", texts.append("]}").toString());
        assertThat(batch.status()).as(batch.body()).isEqualTo(202);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : batch.json().get("imports")) {
            ids.add(item.get("importId").asText());
        }
        assertThat(held()).as("none held: no place was free").isEqualTo(before);
        taken.forEach(ImportQueue.Place::cancel);

        await("12 imports parsed").atMost(Duration.ofSeconds(90))
                .until(() -> ids.stream().allMatch(id -> "STORED".equals(status(id))));
        Long mine = jdbc.queryForObject("select count(*) from workout_import_log where id::text = any(?) and claimed_by = ?",
                Long.class, ids.toArray(String[]::new), queue.instanceId());
        assertThat(mine).as("imports this instance's woken workers claimed").isPositive();
    }
}
