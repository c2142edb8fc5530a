package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.N;

/** "@ 8" (an RPE when 10 or less) or "@ 205" (a load without its unit). Runs after every unit-bearing reader. */
final class AtNumberNotation extends PatternNotation {

    private static final Pattern AT_NUMBER = Pattern.compile("@\\s?(" + N + ")(?![\\p{L}\\d%.,]|\\s?%)", F);

    AtNumberNotation() {
        super(AT_NUMBER, s -> s.has("@"), false);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        ExerciseDraft d = s.d;
        Double v = Quantities.number(m.group(1));
        if (v == null) return -1;
        if (v <= 10 && d.rpe == null && d.weights.isEmpty()) {
            d.rpe = v;
        } else if (d.weights.isEmpty() && s.setWeights.isEmpty() && v > 10) {
            d.weights.add(v);
            d.lower(0.1); // a load without its unit
        } else {
            return -1;
        }
        return m.end();
    }
}
