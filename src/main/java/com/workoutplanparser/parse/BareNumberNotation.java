package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is left: a leading count ("10 burpees") and numbers without a unit ("Push-ups 20", "Deadlift 1x5 315").
 * Runs last; every reading it makes lowers the certainty, since nothing says what the number counts.
 */
final class BareNumberNotation implements NotationReader {

    private static final Pattern LEADING_REPS = Pattern.compile("^(\\d{1,3})(?:\\s?-\\s?(\\d{1,3}))?\\s(?=\\p{L})");
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,4}(?:\\.\\d{1,2})?)(?![\\p{L}\\d.,/°º-]|-\\s?\\p{L})");

    @Override
    public boolean mayAppear(LineScan s) {
        return true;
    }

    @Override
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        if (d.reps.isEmpty() && s.setReps.isEmpty()) {
            Matcher m = LEADING_REPS.matcher(s.work);
            if (m.lookingAt()) {
                d.reps.add(m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2));
                s.mask(0, m.end() - 1);
                s.leadingCount = true;
            }
        }
        if (s.hasDigit) s.eachNumber(BARE_NUMBER, m -> {
            Double v = Quantities.number(m.group(1));
            if (v == null) return -1;
            s.bare.add(v);
            return m.end();
        });
        applyBareNumbers(s);
    }

    /** Numbers left without a unit: the reps when none were given, else an unlabelled load. */
    private static void applyBareNumbers(LineScan s) {
        ExerciseDraft d = s.d;
        for (Double v : s.bare) {
            boolean integer = v == Math.floor(v);
            if (d.reps.isEmpty() && s.setReps.isEmpty() && integer && v <= 100 && d.durationSeconds == null
                    && d.distanceMeters == null && !s.hasOther) {
                d.reps.add(Quantities.format(v));
                s.bareUsed++;
                d.oneBareValue = s.bare.size() == 1 && d.sets == null;
                d.lower(0.15); // "Push-ups 20": probably reps, but not written as such
            } else if (d.weights.isEmpty() && s.setWeights.isEmpty() && (d.sets != null || !d.reps.isEmpty()) && v >= 20) {
                d.weights.add(v);
                d.lower(0.1); // "Deadlift 1x5 315": a load, unit not written
            } else {
                d.note(Quantities.format(v));
                d.lower(0.2);
            }
        }
    }
}
