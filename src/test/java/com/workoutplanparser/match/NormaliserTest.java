package com.workoutplanparser.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Bench Press|bench press",
            "  BENCH-PRESS!! |bench press",
            "Bench Presses|bench press",
            "Press|press",
            "Cable Cross|cable cross",
            "Squats|squat",
            "Dumbbell Flyes|dumbbell fly",
            "Dumbbell Flies|dumbbell fly",
            "Crunches|crunch",
            "Lunges|lunge",
            "Biceps Curls|bicep curl",
            "Tricep curl|tricep curl",
            "Pull-ups|pull up",
            "Pullups|pullup",
            "DB bench|dumbbell bench",
            "BB row|barbell row",
            "KB swing|kettlebell swing",
            "Row w/ DBs|row dumbbell",
            "RDL's|rdl",
            "Clean & Jerk|clean jerk",
            "Farmer's Walk|farmer walk",
            "bench pres|bench press",
            "deadlfit|deadlift",
            "squatt|squat",
            "dumbell curls|dumbbell curl",
            "Développé couché|bench press",  // other languages' gym words fold to English,
            "Bankdrücken|bench press",
            "Bankdruecken|bench press",
            "Kreuzheben mit der Langhantel|deadlift barbell",
            "Press de banca con mancuernas|bench press dumbbell",
            "Supino com halteres|supino dumbbell",
            "Panca piana con manubri|bench press dumbbell",
            "Schulterdrücken sitzend|shoulder press seated",
            "Peso muerto rumano|deadlift romanian",  // "muerto" is folded to "murto" first (ue), then the phrase
            "1-arm DB row|single arm dumbbell row",
            "Side raise|lateral raise",
            "OH tricep ext|overhead tricep extension",
            "Straße|strasse",
            "Rosca direta barra W|curl direta barbell w",
            "Remada curvada com halter de um braço|row bent over dumbbell single arm",
            "Barra fixa|pull up",
    })
    void normalises(String in, String expected) {
        assertThat(Normaliser.normalise(in)).isEqualTo(expected);
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertThat(Normaliser.normalise(null)).isEmpty();
        assertThat(Normaliser.normalise("   ")).isEmpty();
        assertThat(Normaliser.normalise("???")).isEmpty();
        assertThat(Normaliser.normalise("the with")).isEqualTo("the with");  // only fillers: kept
        assertThat(Normaliser.normalise("DU")).isEqualTo("du");
    }

    @Test
    void idempotent() {
        for (String s : new String[]{"Bench Presses w/ DBs", "Kreuzheben mit Langhantel", "Flyes", "pull-ups",
                "Elevaciones laterales con mancuernas", "Rumaenisches Kreuzheben"}) {
            String once = Normaliser.normalise(s);
            assertThat(Normaliser.normalise(once)).as(s).isEqualTo(once);
        }
    }

    @Test
    void singularKeepsWordsThatAreNotPlurals() {
        assertThat(Normaliser.singular("press")).isEqualTo("press");
        assertThat(Normaliser.singular("cross")).isEqualTo("cross");
        assertThat(Normaliser.singular("abs")).isEqualTo("ab");
        assertThat(Normaliser.singular("ups")).isEqualTo("up");
        assertThat(Normaliser.singular("plus")).isEqualTo("plus");
        assertThat(Normaliser.singular("presses")).isEqualTo("press");
        assertThat(Normaliser.singular("flyes")).isEqualTo("fly");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ベンチプレス|bench press",
            "ｲﾝｸﾗｲﾝﾀﾞﾝﾍﾞﾙﾌﾟﾚｽ|incline dumbbell press",
            "ダンベル・カール|dumbbell curl",
            "ロ-イング|row",
            "ＢＥＮＣＨ　ＰＲＥＳＳ|bench press",
            "ＥＺバーカール|ez bar curl",
            "懸垂|pull up",
            "ガッツポーズ|ガッツポーズ",
            "Жим лёжа|жим лежа",
            "벤치 프레스|벤치 프레스"})
    void otherScriptsSurviveAndKatakanaLoanwordsBecomeEnglish(String written, String normalised) {
        assertThat(Normaliser.normalise(written)).isEqualTo(normalised);
    }
}
