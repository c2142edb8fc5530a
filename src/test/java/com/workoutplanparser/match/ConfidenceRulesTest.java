package com.workoutplanparser.match;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The confidence contract on a small fixed catalog: close but wrong must not be high. */
class ConfidenceRulesTest {

    static ExerciseMatcher matcher;

    @BeforeAll
    static void build() throws IOException {
        try (InputStream in = ConfidenceRulesTest.class.getResourceAsStream("/matcher/fixture-catalog.yaml")) {
            matcher = new ExerciseMatcher(CatalogFile.read(in), MatchThresholds.DEFAULT);
        }
    }

    private static MatchResult m(String q) {
        return matcher.match(q);
    }

    @Test
    void exactNameOrAliasIsCertain() {
        assertThat(m("Barbell Bench Press").confidence()).isEqualTo(1.0);
        assertThat(m("bench presses").best().exerciseId()).isEqualTo("barbell-bench-press");
        assertThat(m("bench presses").level()).isEqualTo(MatchLevel.HIGH);
        assertThat(m("Pull-ups").best().exerciseId()).isEqualTo("pull-up");
        assertThat(m("Pull-ups").confidence()).isEqualTo(1.0);
        assertThat(m("SENTADILLAS").best().exerciseId()).isEqualTo("barbell-back-squat");
    }

    @Test
    void equipmentConflictIsNotHighNorMedium() {
        MatchResult r = m("dumbbell bench press");
        assertThat(r.best().exerciseId()).isEqualTo("barbell-bench-press");
        assertThat(r.level()).isIn(MatchLevel.LOW, MatchLevel.UNMATCHED);
        assertThat(m("kettlebell deadlift").level()).isIn(MatchLevel.LOW, MatchLevel.UNMATCHED);
    }

    @Test
    void equipmentTheExerciseUsesIsNotAConflict() {
        MatchResult r = m("Kreuzheben mit Langhantel");
        assertThat(r.best().exerciseId()).isEqualTo("barbell-deadlift");
        assertThat(r.level()).isEqualTo(MatchLevel.HIGH);
        assertThat(m("barbell back squats").level()).isEqualTo(MatchLevel.HIGH);
    }

    @Test
    void frontVersusBackSquatIsNotHigh() {
        // the catalog has both: each exact name is high, a mixed-up one is not
        assertThat(m("front squat").best().exerciseId()).isEqualTo("barbell-front-squat");
        assertThat(m("front squat").level()).isEqualTo(MatchLevel.HIGH);
        MatchResult zercher = m("zercher squat");
        assertThat(zercher.level()).isNotIn(MatchLevel.HIGH, MatchLevel.MEDIUM);
        MatchResult overhead = m("overhead squat");
        assertThat(overhead.level()).isNotIn(MatchLevel.HIGH, MatchLevel.MEDIUM);
    }

    @Test
    void frontSquatWithoutTheFrontSquatEntryIsNotHigh() {
        List<CatalogExercise> onlyBack = List.of(new CatalogExercise("barbell-back-squat", "Barbell Back Squat",
                "barbell", "squat", List.of(), List.of(Alias.curated("back squat", "en"), Alias.curated("squat", "en"))));
        ExerciseMatcher small = new ExerciseMatcher(onlyBack, MatchThresholds.DEFAULT);
        MatchResult r = small.match("front squat");
        assertThat(r.level()).isNotIn(MatchLevel.HIGH, MatchLevel.MEDIUM);
    }

    @Test
    void chinUpVersusPullUp() {
        assertThat(m("chin ups").best().exerciseId()).isEqualTo("chin-up");
        assertThat(m("chinups").best().exerciseId()).isEqualTo("chin-up");
        List<CatalogExercise> onlyPull = List.of(new CatalogExercise("pull-up", "Pull-Up", "bodyweight",
                "vertical-pull", List.of(), List.of(Alias.curated("pullup", "en"))));
        MatchResult r = new ExerciseMatcher(onlyPull, MatchThresholds.DEFAULT).match("chin-ups");
        assertThat(r.level()).isNotIn(MatchLevel.HIGH, MatchLevel.MEDIUM);
    }

    @Test
    void romanianVersusStiffLeg() {
        assertThat(m("stiff leg deadlifts").best().exerciseId()).isEqualTo("stiff-leg-deadlift");
        assertThat(m("romanian deadlifts").best().exerciseId()).isEqualTo("romanian-deadlift");
        assertThat(m("sumo deadlift").level()).isNotIn(MatchLevel.HIGH);
    }

    @Test
    void aVariantModifierTheCatalogLacksIsNotHigh() {
        MatchResult r = m("decline bench press");
        assertThat(r.level()).isNotEqualTo(MatchLevel.HIGH);
        assertThat(m("incline bench press").best().exerciseId()).isEqualTo("barbell-incline-bench-press");
        assertThat(m("close grip bench press").level()).isNotEqualTo(MatchLevel.HIGH);
    }

    @Test
    void twoEquallyGoodCandidatesAreNotHighAndBothAreListed() {
        MatchResult r = m("calf raises");
        assertThat(r.level()).isNotEqualTo(MatchLevel.HIGH);
        assertThat(r.best().exerciseId()).isIn("standing-calf-raise", "seated-calf-raise");
        assertThat(r.alternatives()).extracting(Candidate::exerciseId)
                .containsAnyOf("standing-calf-raise", "seated-calf-raise");
    }

    @Test
    void anAliasSharedByTwoExercisesIsNotHigh() {
        MatchResult r = m("crossover");
        assertThat(r.level()).isNotEqualTo(MatchLevel.HIGH);
        assertThat(r.alternatives()).extracting(Candidate::exerciseId)
                .containsAnyOf("shared-alias-a", "shared-alias-b");
    }

    @Test
    void nonsenseIsNotHighNorMedium() {
        for (String q : List.of("Unicorn Press", "the weather", "", "   ", "???", "pizza", "laser squat")) {
            MatchResult r = m(q);
            assertThat(r.level()).as(q).isIn(MatchLevel.LOW, MatchLevel.UNMATCHED);
        }
        assertThat(m("the weather").best()).isNull();
        assertThat(m(null).best()).isNull();
    }

    @Test
    void typosStillMatch() {
        assertThat(m("bench pres").best().exerciseId()).isEqualTo("barbell-bench-press");
        assertThat(m("deadlfit").best().exerciseId()).isEqualTo("barbell-deadlift");
        assertThat(m("romanain deadlift").best().exerciseId()).isEqualTo("romanian-deadlift");
        assertThat(m("squatt").best().exerciseId()).isEqualTo("barbell-back-squat");
    }

    @Test
    void alternativesAreDistinctSortedBelowBestAndExcludeIt() {
        for (String q : List.of("bench", "squat", "deadlift", "calf raise", "curl", "pull up")) {
            MatchResult r = m(q);
            assertThat(r.best()).as(q).isNotNull();
            List<Candidate> alts = r.alternatives();
            assertThat(alts).as(q).hasSizeLessThanOrEqualTo(Calibration.ALTERNATIVES);
            assertThat(alts).extracting(Candidate::exerciseId).as(q)
                    .doesNotHaveDuplicates().doesNotContain(r.best().exerciseId());
            for (int i = 0; i < alts.size(); i++) {
                assertThat(alts.get(i).confidence()).isLessThanOrEqualTo(r.confidence());
                if (i > 0) {
                    assertThat(alts.get(i).confidence()).isLessThanOrEqualTo(alts.get(i - 1).confidence());
                }
            }
        }
    }

    @Test
    void levelsFollowTheConfiguredThresholds() {
        ExerciseMatcher strict = new ExerciseMatcher(
                CatalogFile.loadDefault().subList(0, 20), new MatchThresholds(0.99, 0.95, 0.90));
        MatchResult r = strict.match("bench pres");
        assertThat(r.level()).isEqualTo(new MatchThresholds(0.99, 0.95, 0.90).levelOf(r.confidence()));
    }

    @Test
    void emptyCatalogMatchesNothing() {
        ExerciseMatcher empty = new ExerciseMatcher(List.of(), MatchThresholds.DEFAULT);
        assertThat(empty.size()).isZero();
        assertThat(empty.match("bench press").best()).isNull();
    }
}
