package com.workoutplanparser.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.N;
import static com.workoutplanparser.parse.LinePatterns.REPWORD;
import static com.workoutplanparser.parse.LinePatterns.WU;

/**
 * A load then reps, as logs write sets: "100kg x 5", "75% x 5", "135/155/175 x 5", "135x5", "265x4x5"
 * (load x reps x sets). Runs before sets x reps, which would read "135x5" as 135 sets.
 */
final class LoadTimesRepsNotation extends PatternNotation {

    private static final Pattern SET_SPEC = Pattern.compile(BS + "(" + N + "(?:\\s?/\\s?" + N + ")*)\\s?(" + WU + "|%)?\\s?[x*]\\s?(\\d{1,3}\\+?|max|amrap)(?!\\d|\\s?(?:" + WU + "|%)" + BE + ")"
            + "(?:\\s?" + REPWORD + ")?(?:\\s?[x*]\\s?(\\d{1,2})(?!\\d|\\s?(?:" + WU + "|%)))?", F);

    LoadTimesRepsNotation() {
        super(SET_SPEC, s -> s.hasX, true);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        List<Double> loads = Quantities.numberList(m.group(1));
        String unit = m.group(2);
        if (loads.isEmpty()) return -1;
        boolean percent = "%".equals(unit);
        boolean hasUnit = unit != null;
        // "3x8" is sets x reps, not a 3 kg load: without a unit, only large numbers or lists are loads
        if (!hasUnit && loads.size() == 1 && loads.get(0) <= 12) return -1;
        String reps = LinePatterns.normaliseReps(m.group(3));
        int times = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
        int count = loads.size() * times;
        for (Double load : loads) {
            for (int t = 0; t < times; t++) {
                s.setReps.add(reps);
                if (percent) {
                    s.d.percents.add(load);
                } else {
                    s.setWeights.add(load);
                }
            }
        }
        if (!percent) {
            String u = Quantities.loadUnit(unit);
            if (u != null) s.d.unit = u;
            else if (s.d.unit == null) s.d.lower(0.05); // load without unit
        }
        s.specCount += count;
        if (s.specCount == count) s.prescriptions++;
        return m.end();
    }
}
