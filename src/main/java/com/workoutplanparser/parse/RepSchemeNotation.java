package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.F;

/** A dashed rep scheme, one set per number: "5-3-1", "21-15-9", "5-5-5+". */
final class RepSchemeNotation extends PatternNotation {

    private static final Pattern REP_SCHEME = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2}(?:-\\d{1,2}){2,9})(\\+?)(?![\\p{L}\\d.,/-]|\\s?(?:kg|lb|%))", F);

    RepSchemeNotation() {
        super(REP_SCHEME, s -> s.hasDash, true);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        if (s.hasReps()) return -1;
        String[] counts = m.group(1).split("-");
        s.d.sets = counts.length;
        return s.oneSetEach(counts, m);
    }
}
