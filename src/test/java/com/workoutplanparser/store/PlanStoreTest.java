package com.workoutplanparser.store;

import com.workoutplanparser.catalog.ExerciseCatalog;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan insert is one statement for the plan, its days and all their exercises: every column a per-row insert
 * wrote must come back as it went in, days and exercises in order, an empty day kept, nulls as nulls.
 */
class PlanStoreTest extends AppTestBase {

    @Autowired
    PlanStore plans;

    @Autowired
    ExerciseCatalog catalog;

    private static ParsedExercise exercise(String text, String name, Integer sets, String reps, List<Double> weights,
                                           String unit, Double percent, Double rpe, Integer duration, Double distance,
                                           Integer rest, String tempo, String superset, String notes) {
        return new ParsedExercise(text, name, sets, reps, weights, unit, percent, rpe, duration, distance, rest, tempo,
                superset, notes, 1, 1.0);
    }

    @Test
    void aPlanComesBackAsItWasStored() {
        UUID user = jdbc.queryForObject("select id from app_user order by created_at limit 1", UUID.class);
        MatchResult bench = catalog.match("Bench Press");
        ParsedExercise full = exercise("Bench Press: 3x8 @ 60/62.5 kg", "Bench Press", 3, "8", List.of(60.0, 62.5),
                "kg", 75.5, 8.5, null, null, 90, "3-1-1", "A", "elbows in");
        ParsedExercise sparse = exercise("Mystery move", "Mystery move", null, null, List.of(), null, null, null, 45,
                400.0, null, null, null, null);
        ParsedExercise single = exercise("Squat 5x5 100", "Squat", 5, "5", List.of(100.0), null, null, null, null,
                null, null, null, null, null);
        UUID id = UUID.randomUUID();
        plans.insert(new PlanStore.NewPlan(id, user, null, "Two days and a rest",
                List.of(new PlanStore.NewDay("Day 1", "Week 1", List.of(new PlanStore.NewExercise(full, bench),
                                new PlanStore.NewExercise(sparse, null))),
                        new PlanStore.NewDay("Rest day", null, List.of()),
                        new PlanStore.NewDay("Day 3", "Week 1", List.of(new PlanStore.NewExercise(single, null))))));

        PlanStore.StoredPlan stored = plans.find(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Two days and a rest");
        assertThat(stored.days()).extracting(PlanStore.StoredDay::label).containsExactly("Day 1", "Rest day", "Day 3");
        assertThat(stored.days()).extracting(PlanStore.StoredDay::week).containsExactly("Week 1", null, "Week 1");
        assertThat(stored.days().get(1).exercises()).isEmpty();

        PlanStore.StoredExercise first = stored.days().get(0).exercises().get(0);
        assertThat(first.exerciseId()).isEqualTo(bench.best().exerciseId());
        assertThat(first.name()).isEqualTo("Bench Press");
        assertThat(first.text()).isEqualTo("Bench Press: 3x8 @ 60/62.5 kg");
        assertThat(first.sets()).isEqualTo(3);
        assertThat(first.reps()).isEqualTo("8");
        assertThat(first.weight()).isEqualTo(List.of(60.0, 62.5));
        assertThat(first.unit()).isEqualTo("kg");
        assertThat(first.percent1rm()).isEqualTo(75.5);
        assertThat(first.rpe()).isEqualTo(8.5);
        assertThat(first.restSeconds()).isEqualTo(90);
        assertThat(first.tempo()).isEqualTo("3-1-1");
        assertThat(first.superset()).isEqualTo("A");
        assertThat(first.notes()).isEqualTo("elbows in");
        assertThat(first.matchConfidence()).isEqualTo(bench.confidence());

        PlanStore.StoredExercise second = stored.days().get(0).exercises().get(1);
        assertThat(second.name()).isEqualTo("Mystery move");
        assertThat(second.exerciseId()).isNull();
        assertThat(second.sets()).isNull();
        assertThat(second.weight()).isNull();
        assertThat(second.durationSeconds()).isEqualTo(45);
        assertThat(second.distanceMeters()).isEqualTo(400.0);
        assertThat(second.matchConfidence()).isNull();

        PlanStore.StoredExercise third = stored.days().get(2).exercises().get(0);
        assertThat(third.name()).isEqualTo("Squat");
        assertThat(third.weight()).isEqualTo(100.0);
    }

    @Test
    void aPlanWithoutDaysIsStillStored() {
        UUID user = jdbc.queryForObject("select id from app_user order by created_at limit 1", UUID.class);
        UUID id = UUID.randomUUID();
        plans.insert(new PlanStore.NewPlan(id, user, null, null, List.of()));
        assertThat(plans.find(id)).hasValueSatisfying(p -> assertThat(p.days()).isEmpty());
    }
}
