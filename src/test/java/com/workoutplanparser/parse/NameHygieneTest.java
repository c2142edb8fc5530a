package com.workoutplanparser.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameHygieneTest {

    private static ExerciseDraft draft(String text) {
        ExerciseDraft d = new ExerciseDraft();
        d.text = text;
        return d;
    }

    @Test
    void rxPairBeforeTheNameGivesTheFirstRepsAndLadderFractionIsDropped() {
        ExerciseDraft rx = draft("20/14 Kettlebell Swings");
        assertThat(NameHygiene.tidy("20/14 Kettlebell Swings", rx)).isEqualTo("Kettlebell Swings");
        assertThat(rx.reps).containsExactly("20");
        ExerciseDraft ladder = draft("2/6 push press");
        assertThat(NameHygiene.tidy("2/6 push press", ladder)).isEqualTo("push press");
        assertThat(ladder.reps).isEmpty();
    }

    @Test
    void notesAlternativesAndNumberListsLeaveTheName() {
        assertThat(NameHygiene.tidy("Rows (slow + controlled)", draft(""))).isEqualTo("Rows");
        assertThat(NameHygiene.tidy("Curl (EZ bar)", draft(""))).isEqualTo("Curl (EZ bar)");
        assertThat(NameHygiene.tidy("Chin-up/negative chin-up", draft(""))).isEqualTo("Chin-up");
        assertThat(NameHygiene.tidy("スクワット(自重/ダンベル) | 各15回", draft(""))).isEqualTo("スクワット");
        assertThat(NameHygiene.tidy("Dips 4, 3.5, 2", draft(""))).isEqualTo("Dips");
        assertThat(NameHygiene.tidy("Leg press: W3-4", draft(""))).isEqualTo("Leg press");
        ExerciseDraft sprint = draft("");
        assertThat(NameHygiene.tidy("Sprint (20,5 mtrs )", sprint)).isEqualTo("Sprint");
        assertThat(sprint.distanceMeters).isEqualTo(20.5);
    }

    @Test
    void headingsLabelsAndRunTogetherSentencesAreNoExercise() {
        assertThat(NameHygiene.tidy("Week", draft(""))).isNull();
        assertThat(NameHygiene.tidy("Note: breathe out on the way up", draft(""))).isNull();
        assertThat(NameHygiene.tidy("Langsam steigern (nicht übertreiben). Danach", draft(""))).isNull();
        assertThat(NameHygiene.tidy("(one arm at a time)", draft(""))).isNull();
        assertThat(NameHygiene.tidy("Accessories", draft("- **Accessories** - pick two movements you enjoy"))).isNull();
        assertThat(NameHygiene.tidy("Face pulls", draft("- **Face pulls** - light, 3x15"))).isEqualTo("Face pulls");
    }

    @Test
    void labelledPerSetLoadsBecomeWeights() {
        ExerciseDraft row = draft("Weights per set (kg): 50, 55, 60");
        row.reps.addAll(java.util.List.of("50", "55", "60"));
        assertThat(NameHygiene.tidy("Weights per set (kg)", row)).isEmpty();
        assertThat(row.perSetField).isTrue();
        assertThat(row.weights).containsExactly(50.0, 55.0, 60.0);
        assertThat(row.reps).isEmpty();
    }

    @Test
    void aDanglingConnectorWordGoesFromTheEndBeforeTheStartWhenListedEarlier() {
        // "sets" is listed before "with": the end goes first, then the start on the next round
        assertThat(NameCleaner.clean("with Squat sets")).isEqualTo("Squat");
        assertThat(NameCleaner.clean("at Squat at")).isEqualTo("Squat");
        assertThat(NameCleaner.clean("Reps")).isEmpty();
        assertThat(NameCleaner.clean("Squat with")).isEqualTo("Squat");
        assertThat(NameCleaner.clean("Wall balls")).isEqualTo("Wall balls");
    }
}
