package com.workoutplanparser.parse;

import java.util.List;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.IMPLEMENT;
import static com.workoutplanparser.parse.LinePatterns.N;
import static com.workoutplanparser.parse.LinePatterns.WU;

/** A load with its unit: "100kg", "@ 225 lbs", "2x 24kg KB", "20/25/30 kg", "+10kg" (added load), and "BW". */
final class LoadNotation implements NotationReader {

    private static final Pattern WEIGHT = Pattern.compile("(@\\s?|\\+\\s?|with\\s|w/\\s?|avec\\s|con\\s|mit\\s)?" + BS + "(" + N + "(?:\\s?/\\s?" + N + ")*)\\s?(" + WU + ")" + BE
            + "(?:\\s?(" + IMPLEMENT + ")" + BE + ")?(?:\\s?(each|per hand|per side|chacun|chacune|cada una?|pro hand|pro seite|je))?", F);
    /** "BW" as a load; a word inside a name ("Bodyweight squats") is left to the name. */
    private static final Pattern BODYWEIGHT = Pattern.compile(BS + "(?:bw|bodyweight|body weight|poids du corps|peso corporal|körpergewicht)" + BE, F);

    @Override
    public boolean mayAppear(LineScan s) {
        return s.loadWord || s.has("bw") || s.has("body") || s.has("poids du") || s.has("peso corp") || s.has("körper");
    }

    @Override
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        if (s.loadWord) s.each(WEIGHT, m -> {
            List<Double> ws = Quantities.numberList(m.group(2));
            if (ws.isEmpty()) return -1;
            if (!d.weights.isEmpty() || !s.setWeights.isEmpty()) {
                d.note(m.group().strip());
                d.lower(0.1);
                return m.end();
            }
            d.weights.addAll(ws);
            d.unit = Quantities.loadUnit(m.group(3));
            String pre = m.group(1) == null ? "" : m.group(1).strip();
            if (pre.equals("+")) d.note("added load");
            if (m.group(4) != null || m.group(5) != null) d.note("load per implement");
            return m.end();
        });
        if (s.has("bw") || s.has("body") || s.has("poids du") || s.has("peso corp") || s.has("körper")) s.each(BODYWEIGHT, m -> {
            // "Bodyweight squats": a word of the name (equipment stays in it), not a load
            String w = s.work;
            int e = m.end();
            if (e + 1 < w.length() && w.charAt(e) == ' ' && Character.isLetter(w.charAt(e + 1))) return -1;
            d.note("bodyweight");
            s.hasOther = true;
            return m.end();
        });
    }
}
