package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.DU;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.IMPLEMENT;
import static com.workoutplanparser.parse.LinePatterns.N;
import static com.workoutplanparser.parse.LinePatterns.REPS;
import static com.workoutplanparser.parse.LinePatterns.REPWORD;
import static com.workoutplanparser.parse.LinePatterns.TU;
import static com.workoutplanparser.parse.LinePatterns.WU;

/**
 * Sets x reps: "3x8", "4 x 8-12", "5x5+", "3x10/8/6", "3x30s" (a hold), "4x200m", "3x5x100kg" (a load after), and
 * "2x20kg" (a second number with a load unit: two implements, or sets at a load).
 */
final class SetsTimesRepsNotation extends PatternNotation {

    private static final Pattern SETS_REPS = Pattern.compile(BS + "(\\d{1,2})\\s?[x*]\\s?(" + REPS + "(?:\\s?/\\s?\\d{1,3})*(?:\\s?,\\s?\\d{1,2}(?![\\d.]|\\s?(?:" + WU + "|%|x)))*)" + "(?![\\d.])", F);
    private static final Pattern AFTER_WEIGHT = Pattern.compile("\\s?(" + WU + ")" + BE + "(?:\\s?(" + IMPLEMENT + ")" + BE + ")?", F);
    private static final Pattern AFTER_TIME = Pattern.compile("\\s?(" + TU + ")" + BE, F);
    private static final Pattern AFTER_DIST = Pattern.compile("\\s?(" + DU + ")" + BE, F);
    private static final Pattern AFTER_CAL = Pattern.compile("\\s?(?:cals?|kcal|calories)" + BE, F);
    static final Pattern AFTER_REPWORD = Pattern.compile("\\s?" + REPWORD + "(?![\\p{L}\\d])", F);
    private static final Pattern AFTER_X_LOAD = Pattern.compile("\\s?[x*@]\\s?(" + N + ")(?![.,]?\\d)\\s?(" + WU + ")?" + BE + "(?!\\s?%)", F);

    SetsTimesRepsNotation() {
        super(SETS_REPS, s -> s.hasX, true);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        ExerciseDraft d = s.d;
        int sets = Integer.parseInt(m.group(1));
        if (sets == 0 || sets > 15) return -1;
        String repsRaw = m.group(2).replace(" ", "");
        int end = m.end();
        // "2x20kg": the second number carries a load unit, so it is a load, not reps
        Matcher w = s.after(AFTER_WEIGHT, end);
        if (w != null) {
            Double load = Quantities.number(repsRaw);
            if (load == null) return -1;
            boolean implement = w.group(2) != null;
            boolean perImplement = implement || (sets == 2 && (d.sets != null || !s.setReps.isEmpty()));
            if (d.weights.isEmpty()) {
                d.weights.add(load);
                d.unit = Quantities.loadUnit(w.group(1));
            }
            if (perImplement) {
                d.note("load per implement (" + sets + " x " + Quantities.format(load) + " " + d.unit + ")");
            } else if (sets > 5 && d.sets == null && d.reps.isEmpty()) {
                // "10x20kg": more than a handful is a rep count, as logs write one set (reps x load)
                d.reps.add(String.valueOf(sets));
                d.sets = 1;
                d.singleSetRow = true;
                s.prescriptions++;
            } else {
                d.sets = d.sets == null ? sets : d.sets;
                d.lower(0.2); // "5x100kg": sets of unknown reps, or reps at a load? ambiguous
            }
            return w.end();
        }
        if (s.hasSets()) return s.anotherPrescription(m);
        d.sets = sets;
        s.prescriptions++;
        boolean single = !repsRaw.contains("/") && !repsRaw.contains(",");
        Matcher t = single ? holdAfter(s, repsRaw, end) : null;
        if (t != null) {
            if (repsRaw.contains("-")) d.note(repsRaw + t.group(1));
            return t.end();
        }
        Matcher dist = single ? distanceAfter(s, repsRaw, end, true) : null;
        if (dist != null) return dist.end();
        Matcher cal = s.after(AFTER_CAL, end);
        if (cal != null) {
            d.note(repsRaw + " cal");
            s.hasOther = true;
            return cal.end();
        }
        addRepsList(d, repsRaw);
        Matcher rw = s.after(AFTER_REPWORD, end);
        if (rw != null) end = rw.end();
        // "3x5x100kg" / "3x5 x 100": sets x reps x load
        Matcher xl = s.after(AFTER_X_LOAD, end);
        if (xl != null) {
            Double load = Quantities.number(xl.group(1));
            String u = Quantities.loadUnit(xl.group(2));
            if (load != null && (u != null || load > 10)) {
                d.weights.add(load);
                d.unit = u;
                if (u == null) d.lower(0.05);
                end = xl.end();
            }
        }
        return end;
    }

    /**
     * "3x30s", "3 sets of 30s": a time unit after the count makes each set a hold of that long (a range keeps its
     * first value). The unit's matcher when it was read, else null.
     */
    static Matcher holdAfter(LineScan s, String count, int end) {
        Matcher t = s.after(AFTER_TIME, end);
        Integer secs = t == null ? null : Quantities.seconds(count.split("-")[0], t.group(1));
        if (secs == null) return null;
        s.d.durationSeconds = secs;
        return t;
    }

    /**
     * "4x200m", "3 sets of 400m": a distance unit after the count makes each set that distance; with kCapped a "k"
     * over 100 is no distance. The unit's matcher when it was read, else null.
     */
    static Matcher distanceAfter(LineScan s, String count, int end, boolean kCapped) {
        Matcher dist = s.after(AFTER_DIST, end);
        Double metres = dist == null ? null : Quantities.metres(count.split("-")[0], dist.group(1));
        if (metres == null || kCapped && !Quantities.plausibleDistance(dist.group(1), metres)) return null;
        s.d.distanceMeters = metres;
        return dist;
    }

    /** "10/8/6" per set, "10/10" per side, "10,8,6" per set, "8-12" a range, "max" AMRAP. */
    private static void addRepsList(ExerciseDraft d, String repsRaw) {
        if (repsRaw.contains("/")) {
            String[] parts = repsRaw.split("/");
            if (parts.length == 2 && parts[0].equals(parts[1].replace("+", ""))) {
                d.reps.add(LinePatterns.normaliseReps(parts[1]));
                d.note("per side");
                return;
            }
            for (String p : parts) d.reps.add(LinePatterns.normaliseReps(p));
            if (d.sets != null && d.sets != parts.length) d.lower(0.1);
            return;
        }
        if (repsRaw.contains(",")) {
            String[] parts = repsRaw.split(",");
            for (String p : parts) d.reps.add(LinePatterns.normaliseReps(p));
            if (d.sets != null && d.sets != parts.length) d.lower(0.1);
            return;
        }
        d.reps.add(LinePatterns.normaliseReps(repsRaw));
        if (repsRaw.endsWith("+")) d.note("last set AMRAP");
    }
}
