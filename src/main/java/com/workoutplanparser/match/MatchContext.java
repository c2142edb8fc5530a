package com.workoutplanparser.match;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a plan line says besides the exercise name, for the {@link ContextRules}. Unknown values are null.
 *
 * @param reps       the reps as written ("8", "21-15-9", "AMRAP")
 * @param weights    the loads read from the line, empty when none
 * @param blockLabel the day or block heading the line sits under ("WOD", "EMOM 12", "Day 1 - Upper")
 * @param lineText   the whole line as written, for what the reader did not keep (calories, "bw")
 */
public record MatchContext(Double distanceMeters, Integer durationSeconds, Integer calories, String reps,
                           List<Double> weights, String blockLabel, String lineText) {

    public static final MatchContext NONE = new MatchContext(null, null, null, null, List.of(), null, null);

    private static final Pattern CALORIES = Pattern.compile("\\b(\\d{1,4})\\s*(?:k?cals?|calories)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Headings and lines of conditioning blocks, where an unloaded movement is done with the body's weight. */
    private static final Pattern CONDITIONING_BLOCK = Pattern.compile(
            "\\b(wod|emom|e\\d+mom|amrap|for time|metcon|met-con|chipper|tabata|hiit|circuit|rft|"
                    + "rounds? for time|crossfit|conditioning|finisher)\\b", Pattern.CASE_INSENSITIVE);
    /** A load written on the line that the reader may not have put in {@code weights}: "95/65", "@ 60kg", "2x24kg". */
    private static final Pattern WRITTEN_LOAD = Pattern.compile(
            "\\d\\s*(kg|kgs|lb|lbs|#|pood)\\b|\\b\\d{2,3}\\s*/\\s*\\d{2,3}\\b|@\\s*\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BODYWEIGHT = Pattern.compile("\\b(bw|bodyweight|body weight|air)\\b",
            Pattern.CASE_INSENSITIVE);

    /*
     * Words one of the patterns above needs, lower case. The patterns match ASCII letters case-insensitively, so a
     * line whose lower-case form holds none of a pattern's words cannot match it, and the pattern is not run: each
     * line's context is asked for several times per match (its cache key, then the rules), and a word-boundary
     * pattern tried at every position of a line cost more than the rest of the match once its answer was cached.
     */
    private static final List<String> CALORIE_WORDS = List.of("cal");
    private static final List<String> CONDITIONING_WORDS = List.of("wod", "mom", "amrap", "for time", "metcon",
            "met-con", "chipper", "tabata", "hiit", "circuit", "rft", "crossfit", "conditioning", "finisher");
    private static final List<String> LOAD_WORDS = List.of("kg", "lb", "#", "pood", "/", "@");
    private static final List<String> BODYWEIGHT_WORDS = List.of("bw", "body", "air");

    public MatchContext {
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    /** False when the text holds none of the words, so the pattern needing one of them cannot match. */
    private static boolean mayHold(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A line's context; calories are read from the line text when not given. */
    public static MatchContext of(Double distanceMeters, Integer durationSeconds, Integer calories, String reps,
                                  List<Double> weights, String blockLabel, String lineText) {
        Integer cal = calories;
        if (cal == null && lineText != null && mayHold(lineText, CALORIE_WORDS)) {
            var m = CALORIES.matcher(lineText);
            cal = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        return new MatchContext(distanceMeters, durationSeconds, cal, reps, weights, blockLabel, lineText);
    }

    /** A distance, a time or calories: how a cardio machine or a run is measured. */
    public boolean measuredAsCardio() {
        return distanceMeters != null || durationSeconds != null || calories != null;
    }

    /** A load is given: in the weights read, or written on the line. */
    public boolean loaded() {
        return weights.stream().anyMatch(w -> w != null && w > 0)
                || (lineText != null && mayHold(lineText, LOAD_WORDS) && WRITTEN_LOAD.matcher(lineText).find());
    }

    /** The line sits in a WOD/EMOM/AMRAP/for-time style block, or says "bodyweight" itself. */
    public boolean bodyweightSetting() {
        return conditioning(blockLabel) || conditioning(lineText)
                || (lineText != null && mayHold(lineText, BODYWEIGHT_WORDS) && BODYWEIGHT.matcher(lineText).find());
    }

    private static boolean conditioning(String text) {
        return text != null && mayHold(text, CONDITIONING_WORDS) && CONDITIONING_BLOCK.matcher(text).find();
    }

    /** A compact key for caching results per name and context. */
    public String signature() {
        return (measuredAsCardio() ? "m" : "-") + (loaded() ? "l" : "-") + (bodyweightSetting() ? "b" : "-");
    }
}
