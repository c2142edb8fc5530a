package com.workoutplanparser.match;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the line says besides the name chooses between exercises the name alone cannot tell apart. */
class ContextRulesTest {

    static final ExerciseMatcher MATCHER = ExerciseMatcherTest.MATCHER;

    private static MatchResult m(String name, Double meters, Integer seconds, List<Double> load, String block,
                                 String line) {
        return MATCHER.match(name, MatchContext.of(meters, seconds, null, null, load, block, line));
    }

    @Test
    void aRowMeasuredInMetresOrCaloriesIsTheRowingMachine() {
        for (MatchResult r : List.of(m("Row", 500.0, null, List.of(), "WOD", "Row 500 m"),
                m("Row", null, null, List.of(), "Day 2", "30 cal Row"),
                m("Row", null, 600, List.of(), null, "Row 10 min"))) {
            assertThat(r.best().exerciseId()).as(r.query()).isEqualTo("rowing-machine");
            assertThat(r.contextRule()).isEqualTo(ContextRules.CARDIO);
            assertThat(r.decidedByContext()).isTrue();
            assertThat(r.alternatives()).extracting(Candidate::exerciseId).contains("barbell-bent-over-row");
        }
    }

    @Test
    void aRowMachineCountedInMetresIsTheRowerAndLoadedItIsTheMachineRow() {
        MatchResult rower = m("Row machine", 500.0, null, List.of(), "WOD", "Row machine 500 m");
        assertThat(rower.best().exerciseId()).isEqualTo("rowing-machine");
        assertThat(rower.contextRule()).isEqualTo(ContextRules.CARDIO);
        MatchResult loaded = m("Row machine", null, null, List.of(85.0), null, "Row machine: 1x10@85");
        assertThat(loaded.best().exerciseId()).isEqualTo("machine-row");
        assertThat(loaded.contextRule()).isNull();
    }

    @Test
    void aLoadedRowStaysTheBarbellRow() {
        MatchResult r = m("Row", null, null, List.of(60.0), "Day 1", "Row 3x8 @ 60kg");
        assertThat(r.best().exerciseId()).isEqualTo("barbell-bent-over-row");
        assertThat(r.contextRule()).isNull();
        // the load written on the line is enough, even when the reader kept no weight
        assertThat(m("Row", 500.0, null, List.of(), null, "Row 500m, then 3x8 @ 60kg").contextRule()).isNull();
    }

    @Test
    void aNamedStrengthRowIsNotAMachineWhateverTheLineMeasures() {
        MatchResult r = m("Bent Over Row", null, 60, List.of(), "EMOM", "Bent Over Row 60 s");
        assertThat(r.best().exerciseId()).isEqualTo("barbell-bent-over-row");
        assertThat(r.contextRule()).isNull();
    }

    @Test
    void skiAndBikeWithCaloriesAreTheirMachines() {
        assertThat(m("Ski", null, null, List.of(), "EMOM 12", "20 cal ski").best().exerciseId()).isEqualTo("ski-erg");
        MatchResult bike = m("Bike", null, 600, List.of(), "WOD", "Bike 10 min");
        assertThat(bike.contextRule()).isEqualTo(ContextRules.CARDIO);
        assertThat(MATCHER.exercise(bike.best().exerciseId()).muscles()).contains("cardio");
        assertThat(bike.level()).as("which bike is not said").isNotEqualTo(MatchLevel.HIGH);
    }

    @Test
    void squatsInAWodAreAirSquats() {
        MatchResult r = m("Squats", null, null, List.of(), "WOD: 21-15-9 for time", "50 Squats");
        assertThat(r.best().exerciseId()).isEqualTo("air-squat");
        assertThat(r.contextRule()).isEqualTo(ContextRules.BODYWEIGHT);
        assertThat(m("Squats", null, null, List.of(), "Day 1", "Squats bw x 20").best().exerciseId())
                .isEqualTo("air-squat");
    }

    @Test
    void aBackSquatInAWodStaysABackSquat() {
        MatchResult r = m("Back Squat", null, null, List.of(), "AMRAP 12", "10 Back Squat");
        assertThat(r.best().exerciseId()).isEqualTo("barbell-back-squat");
        assertThat(r.contextRule()).isNull();
    }

    @Test
    void squatsOutsideAConditioningBlockOrWithALoadStayTheBarbellSquat() {
        assertThat(m("Squats", null, null, List.of(), "Day 1 - Lower", "Squats 5x5").best().exerciseId())
                .isEqualTo("barbell-back-squat");
        assertThat(m("Squats", null, null, List.of(), "WOD", "15 Squats (95/65)").best().exerciseId())
                .isEqualTo("barbell-back-squat");
    }

    @Test
    void noContextIsTheNameAlone() {
        assertThat(MATCHER.match("Row", MatchContext.NONE)).isEqualTo(MATCHER.match("Row"));
        assertThat(MATCHER.match("Row").contextRule()).isNull();
    }
}
