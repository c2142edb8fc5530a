package com.workoutplanparser.export;

import com.workoutplanparser.store.PlanStore.StoredDay;
import com.workoutplanparser.store.PlanStore.StoredExercise;
import com.workoutplanparser.store.PlanStore.StoredPlan;
import com.workoutplanparser.web.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three writers on one plan with per-set loads, RPE, rest, a superset, a hold and a range. */
class PlanExportsTest {

    private static StoredExercise x(String id, String catalogName, String written, Integer sets, String reps, Object weight,
                                    String unit, Double rpe, Integer seconds, Integer rest, String superset) {
        return new StoredExercise(id, catalogName, written, written, sets, reps, weight, unit, null, rpe, seconds, null,
                rest, null, superset, null, 0.95);
    }

    private static final StoredPlan PLAN = new StoredPlan(UUID.randomUUID(), UUID.randomUUID(), null, "Block 1",
            Instant.parse("2026-01-05T07:00:00Z"), List.of(
            new StoredDay("Day A", "Week 1", List.of(
                    x("barbell-back-squat", "Barbell Back Squat", "squat", 3, "5,3,1", List.of(100.0, 110.0, 120.0), "kg", null, null, 180, null),
                    x("barbell-bench-press", "Barbell Bench Press", "bench", 3, "8", 80.0, "kg", 8.0, null, 90, null),
                    x("plank", "Plank", "plank", 3, null, null, null, null, 60, null, null))),
            new StoredDay("Day A", "Week 2", List.of(
                    x("dumbbell-row", "Dumbbell Row", "db row", 3, "8-12", null, null, null, null, null, "A"),
                    x(null, null, "Unicorn Press", 2, "AMRAP", null, null, null, null, null, "A")))));

    private final PlanExports exports = new PlanExports();

    @Test
    void liftoscriptWritesWeeksDaysAndSetLists() {
        String s = exports.write(PLAN, ExportFormat.LIFTOSCRIPT);
        assertThat(s).startsWith("// Block 1\n\n# Week 1\n\n## Day A\n");
        assertThat(s).contains("Barbell Back Squat / 1x5 100kg, 1x3 110kg, 1x1 120kg / 180s\n");
        assertThat(s).contains("Barbell Bench Press / 3x8 @8 / 80kg / 90s\n");
        assertThat(s).contains("Plank / 3x1\n// 60 s\n");
        assertThat(s).contains("# Week 2\n\n## Day A\nDumbbell Row / 3x8-12 / superset: A\n");
        assertThat(s).contains("Unicorn Press / 2x1+ / superset: A\n");
    }

    @Test
    void csvWritesOneRowPerSetInStrongsLayout() {
        String[] rows = exports.write(PLAN, ExportFormat.CSV).split("\r\n");
        assertThat(rows[0]).isEqualTo(StrongCsvExport.HEADER);
        assertThat(rows[1]).isEqualTo("2026-01-05 07:00:00,\"Week 1 - Day A\",\"Barbell Back Squat\",1,100,kg,5,,,,,\"rest 180 s\",\"Block 1\"");
        assertThat(rows[3]).startsWith("2026-01-05 07:00:00,\"Week 1 - Day A\",\"Barbell Back Squat\",3,120,kg,1,");
        assertThat(rows[4]).contains("\"Barbell Bench Press\",1,80,kg,8,8,");
        assertThat(rows[7]).contains("\"Plank\",1,,,,,,,60,");
        assertThat(rows[10]).startsWith("2026-01-06 07:00:00,\"Week 2 - Day A\",\"Dumbbell Row\",1,,,8-12,");
        assertThat(rows[13]).contains("\"Unicorn Press\",1,,,AMRAP,");
        assertThat(rows).hasSize(15);
    }

    @Test
    void markdownWritesATablePerDay() {
        String s = exports.write(PLAN, ExportFormat.MARKDOWN);
        assertThat(s).startsWith("# Block 1\n\n## Week 1 - Day A\n\n| Exercise | Sets | Reps | Weight | RPE | Rest | Notes |\n");
        assertThat(s).contains("| Barbell Back Squat | 3 | 5,3,1 | 100/110/120 kg |  | 180s |  |\n");
        assertThat(s).contains("| Plank | 3 |  |  |  |  | 60 s |\n");
        assertThat(s).contains("## Week 2 - Day A");
    }

    @Test
    void theFormatComesFromTheParameterThenTheAcceptHeader() {
        assertThat(ExportRoutes.chosen("CSV", "text/markdown")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportRoutes.chosen(null, "text/markdown, text/plain;q=0.5")).isEqualTo(ExportFormat.MARKDOWN);
        assertThat(ExportRoutes.chosen(null, "text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportRoutes.chosen(null, null)).isEqualTo(ExportFormat.LIFTOSCRIPT);
        assertThat(ExportRoutes.chosen(null, "*/*")).isEqualTo(ExportFormat.LIFTOSCRIPT);
        assertThatThrownBy(() -> ExportRoutes.chosen("pdf", null)).isInstanceOf(ApiException.class)
                .hasMessageContaining("liftoscript, csv and markdown");
        assertThatThrownBy(() -> ExportRoutes.chosen(null, "application/json"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(406));
    }
}
