package com.workoutplanparser.parse;

import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.N;
import static com.workoutplanparser.parse.LinePatterns.TU;

/** A duration: "30s", "20 min", "1 min 30", "45-60 sec" (first value), or a clock "1:30". */
final class DurationNotation implements NotationReader {

    private static final Pattern DURATION = Pattern.compile(BS + "(" + N + ")(?:\\s?-\\s?(" + N + "))?\\s?(" + TU + ")" + BE + "(?:\\s?(\\d{1,2})\\s?(?:s|sec|\")?" + BE + ")?", F);
    private static final Pattern CLOCK = Pattern.compile(BS + "(\\d{1,2}):(\\d{2})" + BE);

    @Override
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        s.eachNumber(DURATION, m -> {
            Integer secs = Quantities.seconds(m.group(1), m.group(3));
            if (secs == null) return -1;
            // "1 min 30": the seconds after a minute count
            if (m.group(4) != null && Quantities.secondsPer(m.group(3)) == 60) secs += Integer.parseInt(m.group(4));
            if (d.durationSeconds != null) return s.noted(m);
            d.durationSeconds = secs;
            if (m.group(2) != null) d.note(m.group().strip());
            return m.end();
        });
        if (s.has(":")) s.eachNumber(CLOCK, m -> {
            if (d.durationSeconds != null) return -1;
            d.durationSeconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            return m.end();
        });
    }
}
