package com.workoutplanparser.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.store.PlanStore.NewExercise;
import com.workoutplanparser.web.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying a reviewer's corrections to a stored parse, without Spring or Camel. */
class PlanCorrectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CATALOG = Map.of(
            "barbell-bench-press", "Barbell Bench Press",
            "dumbbell-bench-press", "Dumbbell Bench Press",
            "barbell-back-squat", "Barbell Back Squat",
            "plank", "Plank");

    private static final String PARSED = """
            {"status": "NEEDS_REVIEW", "isWorkout": true, "days": [
              {"label": "Day 1", "exercises": [
                {"text": "Bench Press: 3x8 @ 60kg", "name": "Bench Press", "sets": 3, "reps": "8", "weight": 60, "unit": "kg",
                 "match": {"exerciseId": "barbell-bench-press", "name": "Barbell Bench Press", "confidence": 1.0,
                           "level": "high", "alternatives": [
                             {"exerciseId": "dumbbell-bench-press", "name": "Dumbbell Bench Press", "confidence": 0.88}]}},
                {"text": "DB Prss 3x10", "name": "DB Prss", "sets": 3, "reps": "10", "weight": [20, 22.5],
                 "match": {"exerciseId": "barbell-bench-press", "name": "Barbell Bench Press", "confidence": 0.72,
                           "level": "low", "alternatives": []}, "rpe": 8}]},
              {"label": "Day 2", "exercises": [
                {"text": "Squat 5x5", "name": "Squat", "sets": 5, "reps": "5", "match": null}]}]}""";

    private final PlanCorrections corrections = new PlanCorrections(id -> Optional.ofNullable(CATALOG.get(id)));

    @Test
    void withoutCorrectionsThePlanIsStoredAsParsedKeepingTheMatchersConfidence() throws Exception {
        CorrectedPlan plan = corrections.apply(parsed(), Approval.none());

        assertThat(plan.days()).hasSize(2);
        assertThat(plan.days().get(0).label()).isEqualTo("Day 1");
        NewExercise prss = plan.days().get(0).exercises().get(1);
        assertThat(prss.parsed().weights()).containsExactly(20.0, 22.5);
        assertThat(prss.parsed().rpe()).isEqualTo(8.0);
        assertThat(prss.match().best().exerciseId()).isEqualTo("barbell-bench-press");
        assertThat(prss.match().confidence()).isEqualTo(0.72);
        assertThat(plan.days().get(1).exercises().get(0).match().best()).isNull();
        assertThat(plan.corrections()).isEmpty();
    }

    @Test
    void aChosenExerciseIsStoredAsCertainAndRecordedAsACorrection() throws Exception {
        Approval approval = approval("""
                {"corrections": [{"day": 0, "index": 1, "exerciseId": "dumbbell-bench-press", "sets": 4, "weight": null},
                                 {"day": 1, "index": 0, "exerciseId": "barbell-back-squat"}]}""");

        CorrectedPlan plan = corrections.apply(parsed(), approval);

        NewExercise prss = plan.days().get(0).exercises().get(1);
        assertThat(prss.match().best().exerciseId()).isEqualTo("dumbbell-bench-press");
        assertThat(prss.match().best().name()).isEqualTo("Dumbbell Bench Press");
        assertThat(prss.match().confidence()).isEqualTo(1.0);
        assertThat(prss.parsed().name()).as("the written name stays").isEqualTo("DB Prss");
        assertThat(prss.parsed().sets()).isEqualTo(4);
        assertThat(prss.parsed().weights()).as("weight sent as null clears it").isEmpty();
        assertThat(prss.parsed().reps()).as("fields not sent stay").isEqualTo("10");
        assertThat(plan.corrections()).containsExactly(
                new MatchCorrection("DB Prss", "barbell-bench-press", "dumbbell-bench-press"),
                new MatchCorrection("Squat", null, "barbell-back-squat"));
    }

    @Test
    void confirmingTheSuggestedExerciseIsNoCorrection() throws Exception {
        CorrectedPlan plan = corrections.apply(parsed(),
                approval("{\"corrections\": [{\"index\": 0, \"exerciseId\": \"barbell-bench-press\"}]}"));

        assertThat(plan.corrections()).isEmpty();
        assertThat(plan.days().get(0).exercises().get(0).match().confidence()).isEqualTo(1.0);
    }

    @Test
    void removedExercisesGoAndAddedOnesJoinTheirDay() throws Exception {
        CorrectedPlan plan = corrections.apply(parsed(), approval("""
                {"corrections": [{"day": 0, "index": 0, "remove": true}],
                 "added": [{"day": 1, "exerciseId": "plank", "sets": 3, "reps": "60s"},
                           {"day": 1, "name": "Farmer walk", "sets": 2}]}"""));

        assertThat(plan.days().get(0).exercises()).extracting(x -> x.parsed().name()).containsExactly("DB Prss");
        List<NewExercise> day2 = plan.days().get(1).exercises();
        assertThat(day2).extracting(x -> x.parsed().name()).containsExactly("Squat", "Plank", "Farmer walk");
        assertThat(day2.get(1).match().best().exerciseId()).isEqualTo("plank");
        assertThat(day2.get(2).match().best()).isNull();
        assertThat(plan.exerciseCount()).isEqualTo(4);
    }

    @Test
    void correctionsThatPointNowhereAreRefused() throws Exception {
        assertThatThrownBy(() -> corrections.apply(parsed(),
                approval("{\"corrections\": [{\"index\": 0, \"exerciseId\": \"unicorn-press\"}]}")))
                .isInstanceOf(ApiException.class).hasMessageContaining("unicorn-press");
        assertThatThrownBy(() -> corrections.apply(parsed(), approval("{\"corrections\": [{\"day\": 1, \"index\": 1}]}")))
                .isInstanceOf(ApiException.class).hasMessageContaining("no exercise 1 in day 1");
        assertThatThrownBy(() -> corrections.apply(parsed(), approval("{\"added\": [{\"day\": 5, \"name\": \"x\"}]}")))
                .isInstanceOf(ApiException.class).hasMessageContaining("day 5");
        assertThatThrownBy(() -> approval("{\"corrections\": [{\"index\": 0}, {\"index\": 0, \"sets\": 2}]}"))
                .isInstanceOf(ApiException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> approval("{\"corrections\": [{\"sets\": 2}]}"))
                .isInstanceOf(ApiException.class).hasMessageContaining("index");
        assertThatThrownBy(() -> corrections.apply(parsed(), approval("""
                {"corrections": [{"day": 0, "index": 0, "remove": true}, {"day": 0, "index": 1, "remove": true},
                                 {"day": 1, "index": 0, "remove": true}]}""")))
                .isInstanceOf(ApiException.class).hasMessageContaining("reject");
    }

    private static ImportResponse parsed() throws Exception {
        return JSON.readValue(PARSED, ImportResponse.class);
    }

    private static Approval approval(String json) throws Exception {
        return Approval.read(JSON.readTree(json));
    }
}
