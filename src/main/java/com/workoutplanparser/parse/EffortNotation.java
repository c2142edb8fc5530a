package com.workoutplanparser.parse;

import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;

/** Effort: "@ RPE 8", "RPE 7-8", "8 RPE", "RIR 2" (kept as RPE 10 - RIR). */
final class EffortNotation implements NotationReader {

    private static final Pattern RPE = Pattern.compile("(?:@\\s?)?" + BS + "rpe\\s?[:=]?\\s?(\\d{1,2}(?:\\.\\d)?)(?:\\s?-\\s?(\\d{1,2}(?:\\.\\d)?))?" + BE
            + "|" + BS + "(\\d{1,2}(?:\\.\\d)?)\\s?rpe" + BE, F);
    private static final Pattern RIR = Pattern.compile("(?:@\\s?)?" + BS + "rir\\s?[:=]?\\s?(\\d)(?:\\s?-\\s?(\\d))?" + BE
            + "|" + BS + "(\\d)(?:\\s?-\\s?\\d)?\\s?rir" + BE, F);

    @Override
    public boolean mayAppear(LineScan s) {
        return s.has("rpe") || s.has("rir");
    }

    @Override
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        if (s.has("rpe")) s.each(RPE, m -> {
            String v = m.group(1) != null ? m.group(1) : m.group(3);
            Double r = Quantities.number(v);
            if (r == null || r > 10) return -1;
            d.rpe = r;
            if (m.group(2) != null) d.note("RPE " + v + "-" + m.group(2));
            return m.end();
        });
        if (s.has("rir")) s.each(RIR, m -> {
            String v = m.group(1) != null ? m.group(1) : m.group(3);
            Double r = Quantities.number(v);
            if (r == null) return -1;
            if (d.rpe == null) d.rpe = 10 - r;
            d.note("RIR " + m.group().replaceAll("(?i)[@rir\\s]", ""));
            return m.end();
        });
    }
}
