package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.N;

/** Load as a share of a max: "75%", "@ 80% 1RM", "65/75/85%", "70-75% of TM" (a range keeps its first value). */
final class PercentNotation extends PatternNotation {

    private static final Pattern PERCENT = Pattern.compile("(?:@\\s?)?" + BS + "(" + N + "(?:\\s?[/-]\\s?" + N + ")*)\\s?%(?:\\s?(?:of\\s|du\\s|de\\s|del\\s|von\\s)?(?:1\\s?rm|rm|e1rm|max|tm|training max)" + BE + ")?", F);

    PercentNotation() {
        super(PERCENT, s -> s.has("%"), false);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        String g = m.group(1).replace(" ", "");
        if (g.contains("-") && !g.contains("/")) {
            Double lo = Quantities.number(g.split("-")[0]);
            if (lo == null) return -1;
            s.d.percents.add(lo);
            s.d.note(g + "%");
        } else {
            s.d.percents.addAll(Quantities.numberList(g));
        }
        return m.end();
    }
}
