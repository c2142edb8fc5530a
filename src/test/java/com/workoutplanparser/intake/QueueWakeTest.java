package com.workoutplanparser.intake;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
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
 * claimed and parsed, because a committed submission wakes this instance's workers and a finishing worker claims
 * the next one. Other test contexts on the same database poll on their own; this instance must still have claimed
 * some of them, which it cannot without the wake.
 */
@TestPropertySource(properties = "workout.queue.poll-ms=3600000")
class QueueWakeTest extends AppTestBase {

    private static final String PARSE = "/api/v1/workout-plans/parse?async=true";

    @Autowired
    QueueSettings queue;

    private String submit(String text) {
        ApiClient.Response r = api.postText(PARSE, text);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("importId").asText();
    }

    private String status(String id) {
        return jdbc.queryForObject("select status from workout_import_log where id = ?::uuid", String.class, id);
    }

    @Test
    void submissionsAreParsedWithoutWaitingForThePoll() {
        String first = submit("Bench Press: 3x8\nSquat: 5x5");
        await("the first import").atMost(Duration.ofSeconds(60)).until(() -> "STORED".equals(status(first)));

        // the first poll has run; the next is an hour away
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(submit("Deadlift: 1x5\nPull Up: 3x" + (5 + i)));
        }
        await("12 imports parsed").atMost(Duration.ofSeconds(90))
                .until(() -> ids.stream().allMatch(id -> "STORED".equals(status(id))));
        Long mine = jdbc.queryForObject("select count(*) from workout_import_log where id::text = any(?) and claimed_by = ?",
                Long.class, ids.toArray(String[]::new), queue.instanceId());
        assertThat(mine).as("imports this instance's woken workers claimed").isPositive();
    }
}
