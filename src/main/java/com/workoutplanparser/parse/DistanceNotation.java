package com.workoutplanparser.parse;

import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.DU;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.N;

/** A distance ("400m", "5 km", "1 mile") and calories ("20 cal": no field, but a prescription all the same). */
final class DistanceNotation implements NotationReader {

    private static final Pattern DISTANCE = Pattern.compile(BS + "(" + N + ")\\s?(" + DU + ")" + BE, F);
    private static final Pattern CALORIES = Pattern.compile(BS + "(\\d{1,4})\\s?(?:cals?|kcal|calories)" + BE, F);

    @Override
    public boolean mayAppear(LineScan s) {
        return s.hasDigit;
    }

    @Override
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        s.each(DISTANCE, m -> {
            Double v = Quantities.number(m.group(1));
            Double per = Quantities.metresPer(m.group(2));
            if (v == null || per == null) return -1;
            if (m.group(2).equalsIgnoreCase("k") && v > 100) return -1;
            if (d.distanceMeters != null) {
                d.note(m.group().strip());
                return m.end();
            }
            d.distanceMeters = Math.round(v * per * 10) / 10.0;
            return m.end();
        });
        if (s.has("cal")) s.each(CALORIES, m -> {
            d.note(m.group().strip());
            s.hasOther = true;
            return m.end();
        });
    }
}
