package com.workoutplanparser.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a text looks like a workout plan, whatever reader could or could not read it: set notation
 * ({@code 3x10}, {@code 5 sets}, {@code 8回ｘ5セット}, {@code 4 подхода}), loads, and exercise words in the
 * languages people write in. Decided on density, not on a single hit: a newsletter that mentions "3x10" once,
 * or its squat racks, is not a plan; a coach's paragraph of sets and exercises is, even when no reader got it.
 * Plain Java, no catalog: it must answer when everything else has failed.
 */
public record PlanEvidence(int notation, int exerciseWords, int words) {

    private static final String DIGIT = "[0-9０-９]";
    private static final String TIMES = "[x×*ｘＸ✕]";

    /** Set, rep and load notation: the strongest sign of a plan, in any language we take. */
    private static final Pattern NOTATION = Pattern.compile("(?iUm)"
            + DIGIT + "+\\s*" + TIMES + "\\s*\\(?" + DIGIT
            + "|" + DIGIT + "+\\s*(?:sets?|reps?|rounds?|séries?|series|sätze|satz|wdh|wiederholungen|répétitions?"
            + "|repeticiones|ripetizioni|herhalingen|serie|repetições|powtórzeń|powtórzenia)\\b"
            + "|(?:three|four|five|six|eight|ten|twelve|drei|vier|fünf|trois|quatre|cinq|tres|cuatro|cinco|tre|quattro)"
            + "\\s+(?:sets?|rounds?|sätze|séries|series|serie)\\b"
            + "|" + DIGIT + "+\\s*(?:回|セット|レップ|本|세트|회|번|подход\\w*|повтор\\w*|раз\\b|组|次)"
            + "|" + DIGIT + "+(?:[.,]" + DIGIT + "+)?\\s*(?:kg|kgs|lbs?|кг|公斤|キロ)(?![\\p{L}])"
            // distances and durations as plans write them (not "40 minutes", which any text may say)
            + "|" + DIGIT + "+(?:[.,]" + DIGIT + "+)?\\s*(?:m|km|k|mi|min|mins|s|sec|secs|cal)(?![\\p{L}])"
            + "|(?<![\\p{L}\\p{N}])" + TIMES + "\\s*" + DIGIT
            + "|" + DIGIT + "+\\s*(?:tours|rondas|runden|giri)\\b"
            // the columns of an app's export
            + "|(?:^|[\",;\\t|])\\s*(?:reps|weight|weight_kg|weight_lbs|set_index|set_order|set order|set_type|rpe"
            + "|wdh|gewicht|poids|répétitions|repeticiones|peso|回数|重量|セット順|횟수|무게|повторения|вес)\\s*(?=[\",;\\t|]|$)"
            + "|\\b(?:amrap|emom|e[0-9]mom|rpe\\s*[0-9]|[0-9]+\\s*%\\s*1rm)\\b"
            + "|(?:sets?|reps?|sätze|séries?|series)\\s*[:=]?\\s*" + DIGIT);

    /**
     * Exercise words, as stems (a prefix of a word in scripts with spaces; anywhere in Japanese and Chinese).
     * Deliberately common movements only: they only add weight to notation, or count when there are many.
     */
    private static final Pattern EXERCISE_WORD = Pattern.compile("(?iU)"
            + "\\b(?:squat|bench|deadlift|press|pull-?ups?|chin-?ups?|push-?ups?|lunge|plank|burpee|curl|dips?\\b"
            + "|rows?\\b|thruster|kettlebell|dumbbell|barbell|snatch|clean and jerk|swings?\\b"
            + "|run\\b|runs\\b|running|jog|bike|cycling|ski\\b|sprint|interval|swim|erg\\b|rower|pushdown|pulldown"
            + "|crusher|fly\\b|flyes?\\b|raises?\\b|shrug|carry|sled|rope\\b"
            + "|sentadilla|dominada|flexiones|peso muerto|zancada"
            + "|kniebeuge|klimmz|liegest|kreuzheben|bankdr|ausfallschritt"
            + "|développé|developpe|soulevé|traction|pompes|fentes|gainage"
            + "|accosciat|stacco|panca|trazion|piegament|affond"
            + "|agachamento|supino|levantamento terra|flexões|prancha"
            + "|przysiad|wyciskanie|martwy ciąg|podciąganie"
            + "|присед|жим|станов|тяга|подтягиван|отжиман|выпад|планк|разминк"
            + "|스쿼트|벤치|데드리프트|푸시업|턱걸이|런지|플랭크)"
            + "|スクワット|ベンチプレス|デッドリフト|腕立て|懸垂|腹筋|ランジ|プランク|ラットプル|ショルダープレス|ダンベル|バーベル"
            + "|深蹲|卧推|硬拉|引体向上|俯卧撑");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern WRITTEN_WITHOUT_SPACES = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+");

    public static PlanEvidence of(String text) {
        if (text == null || text.isBlank()) {
            return new PlanEvidence(0, 0, 0);
        }
        return new PlanEvidence(count(NOTATION, text), count(EXERCISE_WORD, text), words(text));
    }

    /**
     * Looks like a plan: some set notation with exercises around it, or many exercise words, and in either
     * case dense enough (a plan is mostly plan; a newsletter mentions training in passing).
     */
    public boolean looksLikeAPlan() {
        int hits = notation + exerciseWords;
        boolean notationWithExercises = notation >= 1 && hits >= 3 && hits * 20 >= words;
        boolean manyExercises = exerciseWords >= 4 && exerciseWords * 12 >= words;
        return notationWithExercises || manyExercises;
    }

    /** Worth asking an LLM about a text the rules read nothing from: any notation, or a few exercise words. */
    public boolean worthAsking() {
        return notation >= 1 || exerciseWords >= 2;
    }

    /** For the reviewer: why the text was taken for a plan. */
    public String describe() {
        return notation + " set/rep/load notations and " + exerciseWords + " exercise words in " + words + " words";
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Words, with runs of Japanese or Chinese script (written without spaces) counted as one word per two signs. */
    private static int words(String text) {
        int n = 0;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            Matcher cjk = WRITTEN_WITHOUT_SPACES.matcher(w.group());
            int signs = 0;
            while (cjk.find()) {
                signs += cjk.group().length();
            }
            n += signs == 0 ? 1 : Math.max(1, (signs + 1) / 2);
        }
        return n;
    }
}
