package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.F;

/** Reps per set as a list: "10, 8, 6", "12/10/8/6" (three or more numbers, no unit after). */
final class RepListNotation extends PatternNotation {

    private static final Pattern PER_SET_LIST = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2}(?:\\s?[,/]\\s?\\d{1,2}){2,9})(\\+?)(?![\\p{L}\\d.,/-]|\\s?(?:kg|lb|%|x))", F);

    RepListNotation() {
        super(PER_SET_LIST);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        if (s.hasReps()) return -1;
        String[] counts = m.group(1).split("\\s?[,/]\\s?");
        if (s.d.sets == null) s.d.sets = counts.length;
        return s.oneSetEach(counts, m);
    }
}
