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
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        s.eachNumber(DISTANCE, m -> {
            Double metres = Quantities.metres(m.group(1), m.group(2));
            if (metres == null || !Quantities.plausibleDistance(m.group(2), metres)) return -1;
            if (d.distanceMeters != null) return s.noted(m);
            d.distanceMeters = metres;
            return m.end();
        });
        if (s.has("cal")) s.eachNumber(CALORIES, m -> {
            s.hasOther = true;
            return s.noted(m);
        });
    }
}
