package com.workoutplanparser.pipeline;

import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
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

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void aStatementThatFailsHalfwayStoresNothingOfThePlan_andTheImportIsRecordedFailedWithTheReason() throws Exception {
        ApiClient.Response first = api.postText("/api/v1/workout-plans/parse", "Bench Press: 3x8");
        UUID takenPlanId = UUID.fromString(first.json().get("workoutPlanId").asText());
        // the next plan is given the first one's id: its import row and outcome are inserted, then its plan row breaks
        // the primary key, in the middle of the one statement that writes them all
        AdviceWith.adviceWith(camel, "store-plan", route -> route.weaveById("store-plan-alone").before()
                .process(exchange -> exchange.setProperty(ImportResult.PROPERTY, exchange
                        .getProperty(ImportResult.PROPERTY, ImportResult.class)
                        .reviewed(ImportStatus.STORED, takenPlanId, null))));
        long plans = count("workout_plan");
        long days = count("workout_plan_day");
        long exercises = count("workout_plan_exercise");

        ApiClient.Response r = api.postText("/api/v1/workout-plans/parse", "Squat: 5x5");

        assertThat(r.status()).as(r.body()).isEqualTo(500);
        assertThat(r.json()).as(r.body()).isNotNull();
        assertThat(r.json().get("status").asText()).isEqualTo("FAILED");
        assertThat(r.json().get("error").asText()).contains("duplicate key");
        Map<String, Object> row = jdbc.queryForMap(
                "select status, error, raw_text, workout_plan_id from workout_import_log where id = ?",
                UUID.fromString(r.json().get("importId").asText()));
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat((String) row.get("error")).contains("workout_plan_pkey");
        assertThat(row.get("workout_plan_id")).isNull();
        assertThat(plain(row.get("raw_text"))).isEqualTo("Squat: 5x5");
        // nothing of the plan the statement had begun to write is left
        assertThat(new long[] {count("workout_plan"), count("workout_plan_day"), count("workout_plan_exercise")})
                .containsExactly(plans, days, exercises);
    }
}
