package com.workoutplanparser.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way apps write a variant reaches the same exercise; a variant the catalog lacks is its base at medium. */
class NamingFormsTest {

    static final ExerciseMatcher MATCHER = ExerciseMatcherTest.MATCHER;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Bench Press (Dumbbell)", "Dumbbell Bench Press", "Bench Press, Dumbbell", "DB bench",
            "développé couché haltères", "Bench Press [Dumbbell]", "bench press - dumbbell", "Kurzhantel Bankdrücken",
            "ダンベルベンチプレス"})
    void everyFormOfTheDumbbellBenchPressIsIt(String written) {
        MatchResult r = MATCHER.match(written);
        assertThat(r.best().exerciseId()).isEqualTo("dumbbell-bench-press");
        assertThat(r.level()).isEqualTo(MatchLevel.HIGH);
        assertThat(r.query()).isEqualTo(written);
        assertThat(r.unmatchedModifiers()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Bench Press (Dumbbell)|Dumbbell Bench Press",
            "Bench Press, Dumbbell|Dumbbell Bench Press",
            "Squat - Paused|Paused Squat",
            "Flat Barbell Bench Press (Each Side) (Smith Machine)|Smith Machine Flat Bench Press",
            "Curl (Cable) (Single Arm)|Single Arm Cable Curl",
            "Hammer Curl|Hammer Curl",
            "Standing Row Rear Delt, Horizontal, With Rope|With Rope Horizontal Standing Row Rear Delt",
            "Press, seated on a bench with the back supported|Press, seated on a bench with the back supported"})
    void qualifiersMoveInFrontOfTheBaseName(String written, String canonical) {
        assertThat(NameForm.canonical(written)).isEqualTo(canonical);
    }

    @Test
    void theSmithMachineIsNotAFreeBarbell() {
        MatchResult r = MATCHER.match("Flat Barbell Bench Press (Each Side) (Smith Machine)");
        assertThat(r.best().exerciseId()).isEqualTo("smith-machine-bench-press");
        assertThat(r.level()).isNotEqualTo(MatchLevel.UNMATCHED);
    }

    // a small catalog of its own: the shipped one may gain these variants, the rule must not depend on it
    static final ExerciseMatcher SMALL = new ExerciseMatcher(List.of(
            new CatalogExercise("push-up", "Push-Up", "bodyweight", "horizontal-push", List.of(), List.of()),
            new CatalogExercise("weighted-pull-up", "Weighted Pull-Up", "bodyweight", "vertical-pull", List.of(),
                    List.of()),
            new CatalogExercise("pull-up", "Pull-Up", "bodyweight", "vertical-pull", List.of(), List.of()),
            new CatalogExercise("barbell-bench-press", "Barbell Bench Press", "barbell", "horizontal-push", List.of(),
                    List.of(Alias.curated("bench press", "en"))),
            new CatalogExercise("crunch", "Crunch", "bodyweight", "core", List.of(), List.of())),
            MatchThresholds.DEFAULT);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Push Up (Weighted)|push-up|weighted",
            "Crunch (Weighted)|crunch|weighted",
            "Pause Crunch|crunch|pause",
            "Push-Up, Band|push-up|band",
            "Single Arm Push Up|push-up|single arm",
            "Push Up (Suspension)|push-up|trx"})
    void aVariantTheCatalogLacksIsItsBaseAtMediumWithTheModifierSaid(String written, String base, String modifier) {
        MatchResult r = SMALL.match(written);
        assertThat(r.best().exerciseId()).isEqualTo(base);
        assertThat(r.level()).isEqualTo(MatchLevel.MEDIUM);
        assertThat(r.unmatchedModifiers()).containsExactly(modifier);
        assertThat(r.note()).contains(modifier).contains("base exercise");
    }

    @Test
    void otherEquipmentThanTheBaseHasStaysBelowMedium() {
        MatchResult r = SMALL.match("Bench Press (Dumbbell)");
        assertThat(r.best().exerciseId()).isEqualTo("barbell-bench-press");
        assertThat(r.level()).isIn(MatchLevel.LOW, MatchLevel.UNMATCHED);
        assertThat(r.unmatchedModifiers()).containsExactly("dumbbell");
    }

    @Test
    void aVariantThatExistsIsNotTurnedIntoItsBase() {
        MatchResult r = SMALL.match("Pull Up (Weighted)");
        assertThat(r.best().exerciseId()).isEqualTo("weighted-pull-up");
        assertThat(r.level()).isEqualTo(MatchLevel.HIGH);
        assertThat(r.unmatchedModifiers()).isEmpty();
    }

    @Test
    void twoAlternativesAreTheFirstAndNeverHighWhenTheyDiffer() {
        MatchResult r = MATCHER.match("Front Squat / Goblet Squat");
        assertThat(r.best().exerciseId()).isEqualTo("barbell-front-squat");
        assertThat(r.level()).as("the plan left the choice open").isNotEqualTo(MatchLevel.HIGH);
        assertThat(r.alternatives()).extracting(Candidate::exerciseId).contains("goblet-squat");
        assertThat(r.query()).isEqualTo("Front Squat / Goblet Squat");
        MatchResult same = MATCHER.match("Romanian Deadlift/RDL");
        assertThat(same.best().exerciseId()).isEqualTo(MATCHER.match("Romanian Deadlift").best().exerciseId());
        assertThat(same.level()).isEqualTo(MatchLevel.HIGH);
    }

    @Test
    void aOneWordAlternativeSharesTheRestOfTheName() {
        MatchResult r = MATCHER.match("Front/Back Squat");
        assertThat(r.best().exerciseId()).isEqualTo("barbell-front-squat");
        assertThat(r.alternatives()).extracting(Candidate::exerciseId).contains("barbell-back-squat");
        assertThat(MATCHER.match("Barbell Lunge/Squat").best().exerciseId())
                .isEqualTo(MATCHER.match("Barbell Lunge").best().exerciseId());
    }

    @Test
    void aSlashInsideANameIsNotTwoAlternatives() {
        assertThat(MATCHER.match("3/4 sit up").best().exerciseId())
                .isEqualTo(MATCHER.match("three quarter sit up").best().exerciseId());
    }

    @Test
    void theExerciseNamedExactlyWinsATieWithOneWhoseAliasOnlyMentionsTheEquipment() {
        // the cable pulldown reaches 1.0 too: its Italian alias "lat machine" makes "machine" implied for it
        ExerciseMatcher m = new ExerciseMatcher(List.of(
                new CatalogExercise("lat-pulldown", "Lat Pulldown", "cable", "vertical-pull", List.of(),
                        List.of(Alias.curated("lat machine", "it"))),
                new CatalogExercise("machine-lat-pulldown", "Machine Lat Pulldown", "machine", "vertical-pull",
                        List.of(), List.of())), MatchThresholds.DEFAULT);
        for (String written : List.of("Lat Pulldown (Machine)", "Machine Lat Pulldown")) {
            MatchResult r = m.match(written);
            assertThat(r.best().exerciseId()).as(written).isEqualTo("machine-lat-pulldown");
            assertThat(r.level()).as(written).isEqualTo(MatchLevel.HIGH);
        }
        assertThat(m.match("Lat Pulldown").best().exerciseId()).isEqualTo("lat-pulldown");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Back Extension (Hyperextension)|back-extension",
            "Hyperextensions (Back Extensions)|back-extension",
            "Back Extension (Weighted Hyperextension)|weighted-back-extension"})
    void aNameInParenthesesThatNamesTheSameExerciseOrAVariantOfTheBaseIsThatExercise(String written, String id) {
        MatchResult r = MATCHER.match(written);
        assertThat(r.best().exerciseId()).isEqualTo(id);
        assertThat(r.level()).isEqualTo(MatchLevel.HIGH);
        assertThat(r.query()).isEqualTo(written);
    }

    @Test
    void twoDifferentExercisesInNameAndParenthesesStayUnsure() {
        MatchResult r = MATCHER.match("Band Good Morning (Pull Through)");
        assertThat(r.level()).isNotEqualTo(MatchLevel.HIGH);
    }

    @Test
    void aVariantWordIsDroppedBeforeTheEquipmentIs() {
        ExerciseMatcher m = new ExerciseMatcher(List.of(
                new CatalogExercise("lunge", "Lunge", "bodyweight", "lunge", List.of(), List.of()),
                new CatalogExercise("smith-machine-lunge", "Smith Machine Lunge", "smith-machine", "lunge",
                        List.of(), List.of(Alias.curated("smith lunge", "en")))), MatchThresholds.DEFAULT);
        MatchResult r = m.match("Single Leg Smith Lunge");
        assertThat(r.best().exerciseId()).as("a Smith lunge done on one leg, not a bodyweight lunge")
                .isEqualTo("smith-machine-lunge");
        assertThat(r.level()).isEqualTo(MatchLevel.MEDIUM);
        assertThat(r.unmatchedModifiers()).containsExactly("single leg");
    }

    // names no alias spells: the words of each language are folded to English and compose like English names
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "encolhimento com cabo|cable-shrug",
            "remada curvada com halter de um braço|dumbbell-row",
            "levantamento terra smith|smith-machine-deadlift",
            "puxada com faixa|band-pull-down",
            "rosca martelo no cabo|cable-hammer-curl",
            "peso muerto rumano con mancuernas|dumbbell-romanian-deadlift",
            "sentadilla búlgara con mancuernas|dumbbell-bulgarian-split-squat",
            "élévations latérales haltères|dumbbell-lateral-raise",
            "alzate laterali con manubri|dumbbell-lateral-raise",
            "Seitheben mit Kurzhanteln|dumbbell-lateral-raise",
            "Ausfallschritte mit Kurzhanteln|dumbbell-lunge",
            "stacco da terra|barbell-deadlift",
            "Klimmzüge|pull-up"})
    void aNameInAnotherLanguageComposesFromItsWords(String written, String id) {
        MatchResult r = MATCHER.match(written);
        assertThat(r.best().exerciseId()).isEqualTo(id);
        assertThat(r.level()).isEqualTo(MatchLevel.HIGH);
    }

    @Test
    void theLetterOfTheYRaiseIsNotTheSpanishAnd() {
        assertThat(Normaliser.normalise("Y Raise")).isEqualTo("y raise");
        assertThat(MATCHER.match("Dumbbell Raise").level()).as("which raise is not said").isNotEqualTo(MatchLevel.HIGH);
    }

    @Test
    void alternativesWrittenWithOrInAnyLanguageAreTheFirstAndNotHigh() {
        MatchResult r = MATCHER.match("Développé militaire assis ou debout");
        assertThat(r.best().exerciseId()).isEqualTo(MATCHER.match("Développé militaire assis").best().exerciseId());
        assertThat(r.level()).isEqualTo(MatchLevel.MEDIUM);
        assertThat(r.alternatives()).extracting(Candidate::exerciseId)
                .contains(MATCHER.match("Développé militaire debout").best().exerciseId());
        assertThat(MATCHER.match("Pull-up or Chin-up").alternatives()).extracting(Candidate::exerciseId)
                .contains("chin-up");
    }

    @Test
    void anAliasWrittenInAppFormIsIndexedInTheOrderAQueryIsReadIn() {
        // the two differ only in word order, so only the exact text (qualifier first, as NameForm reads both) tells
        ExerciseMatcher m = new ExerciseMatcher(List.of(
                new CatalogExercise("cable-woodchop", "Cable Woodchop", "cable", "core", List.of(),
                        List.of(Alias.curated("cable twist (up to down)", "en"))),
                new CatalogExercise("cable-lift", "Cable Lift", "cable", "core", List.of(),
                        List.of(Alias.curated("cable twist (down to up)", "en")))), MatchThresholds.DEFAULT);
        assertThat(m.match("Cable Twist (Up to down)").best().exerciseId()).isEqualTo("cable-woodchop");
        assertThat(m.match("Cable Twist (Up to down)").level()).isEqualTo(MatchLevel.HIGH);
        assertThat(m.match("Cable Twist (Down to up)").best().exerciseId()).isEqualTo("cable-lift");
        assertThat(m.match("Cable Twist (Down to up)").level()).isEqualTo(MatchLevel.HIGH);
    }
}
