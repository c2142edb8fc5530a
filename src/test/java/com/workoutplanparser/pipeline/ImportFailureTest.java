package com.workoutplanparser.pipeline;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure while storing must leave the import FAILED with its reason, never lost, and no half-stored plan. */
@DirtiesContext // the advice below changes a route
class ImportFailureTest extends AppTestBase {

    @Test
    void failureWhileStoringIsRecordedAndRolledBack() throws Exception {
        AdviceWith.adviceWith(camel, "store-plan", route -> route.weaveById("enqueue-deliveries").after()
                .throwException(new IllegalStateException("disk full while writing the plan")));
        long plansBefore = jdbc.queryForObject("select count(*) from workout_plan", Long.class);

        ApiClient.Response r = api.postText("/api/v1/workout-plans/parse", "Squat: 5x5");

        assertThat(r.status()).as(r.body()).isEqualTo(500);
        assertThat(r.json()).as(r.body()).isNotNull();
        assertThat(r.json().get("status").asText()).isEqualTo("FAILED");
        assertThat(r.json().get("error").asText()).contains("disk full");
        Map<String, Object> row = jdbc.queryForMap("select status, error, raw_text from workout_import_log where id = ?",
                UUID.fromString(r.json().get("importId").asText()));
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat((String) row.get("error")).contains("IllegalStateException", "disk full");
        assertThat(plain(row.get("raw_text"))).isEqualTo("Squat: 5x5");
        // the plan row written before the failure was rolled back with the transaction
        assertThat(jdbc.queryForObject("select count(*) from workout_plan", Long.class)).isEqualTo(plansBefore);
    }
}
