package com.workoutplanparser.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The table and export readers on the cases the corpus scores only in passing: what must not become an exercise. */
class TableAndExportReadersTest {

    private final RuleParser parser = new RuleParser();

    @Test
    void fitNotesNameWithAnUnquotedCommaStaysOneNameAndItsRowsFoldAcrossOtherRows() {
        ParseResult r = parser.parse("""
                Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time
                2025-02-03,Shoulder Press (Each Side, Dumbbells),Shoulders,12.0,kgs,8,,,
                2025-02-03,Lateral Raise,Shoulders,6.0,kgs,15,,,
                2025-02-03,Shoulder Press (Each Side, Dumbbells),Shoulders,14.0,kgs,6,,,
                """);
        assertThat(r.exercises()).extracting(ParsedExercise::name)
                .containsExactly("Shoulder Press (Each Side, Dumbbells)", "Lateral Raise");
        ParsedExercise press = r.exercises().get(0);
        assertThat(press.sets()).isEqualTo(2);
        assertThat(press.reps()).isEqualTo("8,6");
        assertThat(press.weights()).containsExactly(12.0, 14.0);
        assertThat(press.unit()).isEqualTo("kg");
        assertThat(press.superset()).as("no superset is inferred from row order in an export").isNull();
    }

    @Test
    void fitbodWarmUpsAreLeftOutAndZeroWeightIsNoLoad() {
        ParseResult r = parser.parse("""
                Date,Exercise,Sets,Reps,Weight,isWarmup,Note
                2020-01-02,Dip,1,10,0,,
                2020-01-02,Dip,1,8,0,,
                2020-01-02,Squat,1,10,20.41165665,TRUE,
                2020-01-02,Squat,1,5,81.64662660,,
                """);
        assertThat(r.exercises()).hasSize(2);
        assertThat(r.exercises().get(0).weights()).isEmpty();
        assertThat(r.exercises().get(0).unit()).isNull();
        assertThat(r.exercises().get(1).sets()).isEqualTo(1);
        assertThat(r.exercises().get(1).weights()).containsExactly(81.65);
        assertThat(r.exercises().get(1).notes()).contains("warm-up sets left out: 1");
    }

    @Test
    void yamlSessionLogReadsItemsAndLeavesBodyweightAndNotesOut() {
        ParseResult r = parser.parse("""
                date: 2022-10-01
                bodyweight: 75.0kg
                workout:
                  - name: dips
                    weight: 75.0 kg
                    sets: 3
                    reps: 10
                  - name: front squat
                    weight: 60 kg
                    sets: 4
                    reps: 6
                    exertion: rpe 7.5
                notes:
                  - slept badly
                """);
        assertThat(r.days()).extracting(ParsedDay::label).containsExactly("2022-10-01");
        assertThat(r.exercises()).extracting(ParsedExercise::name).containsExactly("dips", "front squat");
        assertThat(r.exercises().get(0).weights()).as("the lifter's own body weight is no added load").isEmpty();
        assertThat(r.exercises().get(1).rpe()).isEqualTo(7.5);
        assertThat(r.lines()).filteredOn(l -> l.text().contains("slept badly"))
                .extracting(LineReading::kind).containsExactly(LineKind.PROSE);
    }

    @Test
    void tablesOfMaxesAndSchedulesAreNotSessions() {
        ParseResult r = parser.parse("""
                | Lift | TM |
                |------|----|
                | Bench | 90 kg |
                | Squat | 120 kg |

                | Mon | Tue | Wed |
                |-----|-----|-----|
                | Workout | Rest | Workout |
                """);
        assertThat(r.exercises()).isEmpty();
        assertThat(r.days()).noneMatch(d -> d.label() != null && d.label().contains("Mon"));
        assertThat(r.lines().get(2).kind()).isEqualTo(LineKind.PROSE);
    }

    @Test
    void aTableWritingEachSetAsARowFoldsTheSetsGroupsAlternatingExercisesAndTakesTheRestRows() {
        ParseResult r = parser.parse("""
                | Reps | Exercise |
                |------|----------|
                | 6-8 | Pick one from [Row Progression](https://example.org/rows) |
                | 60s | *Rest* |
                | 6-8 | [[Dip Progression]] |
                | 60s | *Rest* |
                | 6-8 | Chosen exercise from [Row Progression](https://example.org/rows) |
                | 60s | *Rest* |
                | 6-8 | [[Dip Progression]] |
                | 60s | *Rest* |
                """);
        List<ParsedExercise> ex = r.exercises();
        assertThat(ex).extracting(ParsedExercise::name).containsExactly("Row Progression", "Dip Progression");
        assertThat(ex).allSatisfy(e -> {
            assertThat(e.sets()).isEqualTo(2);
            assertThat(e.reps()).isEqualTo("6-8");
            assertThat(e.restSeconds()).isEqualTo(60);
        });
        assertThat(ex.get(0).superset()).isNotNull().isEqualTo(ex.get(1).superset());
    }

    @Test
    void aSetTableUnderAnExerciseNameGivesThatExerciseItsSets() {
        ParseResult r = parser.parse("""
                **Front squat:**
                | Step | Load | Reps |
                |--|--|--|
                | 1 | 40 kg | 5 |
                | 2 | 50 kg | 3 |
                | 3 | 60 kg | 3x3 |
                """);
        assertThat(r.exercises()).hasSize(1);
        ParsedExercise e = r.exercises().get(0);
        assertThat(e.name()).startsWith("Front squat");
        assertThat(e.sets()).isEqualTo(5);
        assertThat(e.weights()).containsExactly(40.0, 50.0, 60.0, 60.0, 60.0);
    }
}
