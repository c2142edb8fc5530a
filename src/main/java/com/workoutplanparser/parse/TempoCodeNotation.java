package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.F;

/** "@ 31X1", "@ 3010": a four-figure tempo code after the sets (no load is written as 3010). Runs after RPE. */
final class TempoCodeNotation extends PatternNotation {

    private static final Pattern TEMPO_CODE = Pattern.compile("(@\\s?)(?<![\\p{L}\\d./-])([0-9][0-9][0-9xX][0-9xX])(?![\\p{L}\\d.%/-]|\\s?(?:kg|lb))", F);

    TempoCodeNotation() {
        super(TEMPO_CODE, s -> s.has("@"), false);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        String code = m.group(2);
        boolean hasX = code.indexOf('x') >= 0 || code.indexOf('X') >= 0;
        boolean smallDigits = code.chars().allMatch(c -> c >= '0' && c <= '5');
        if (s.d.tempo != null || !(hasX || smallDigits)) return -1;
        s.d.tempo = String.join("-", code.toUpperCase().split(""));
        return m.end();
    }
}
