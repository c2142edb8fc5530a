package com.workoutplanparser.match;

import java.util.List;
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

    public MatchContext {
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    /** A line's context; calories are read from the line text when not given. */
    public static MatchContext of(Double distanceMeters, Integer durationSeconds, Integer calories, String reps,
                                  List<Double> weights, String blockLabel, String lineText) {
        Integer cal = calories;
        if (cal == null && lineText != null) {
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
                || (lineText != null && WRITTEN_LOAD.matcher(lineText).find());
    }

    /** The line sits in a WOD/EMOM/AMRAP/for-time style block, or says "bodyweight" itself. */
    public boolean bodyweightSetting() {
        return (blockLabel != null && CONDITIONING_BLOCK.matcher(blockLabel).find())
                || (lineText != null && (CONDITIONING_BLOCK.matcher(lineText).find()
                || BODYWEIGHT.matcher(lineText).find()));
    }

    /** A compact key for caching results per name and context. */
    public String signature() {
        return (measuredAsCardio() ? "m" : "-") + (loaded() ? "l" : "-") + (bodyweightSetting() ? "b" : "-");
    }
}
