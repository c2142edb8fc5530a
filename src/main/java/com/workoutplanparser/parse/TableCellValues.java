package com.workoutplanparser.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the value of one table cell into a draft: reps ("8", "8-12", "max", "5,3,1", "30s"), loads ("80 kg",
 * "BW", "75%", "135/155") and the notation a cell may hold, by the line reader, when it is more than a number.
 */
final class TableCellValues {

    private static final Pattern REPS_CELL = Pattern.compile("^\\d{1,3}(?:\\s?-\\s?\\d{1,3})?\\+?$");

    private final ExerciseLineReader lineReader;

    TableCellValues(ExerciseLineReader lineReader) {
        this.lineReader = lineReader;
    }

    static Integer minutes(String v) {
        Double n = Quantities.number(v);
        return n == null ? null : (int) Math.round(n * 60);
    }

    void reps(ExerciseDraft d, String v) {
        String t = v.strip();
        if (REPS_CELL.matcher(t).matches()) {
            String r = t.replace(" ", "");
            if (!r.equals("0")) d.reps.add(r);
            if (r.endsWith("+")) d.note("last set AMRAP");
            return;
        }
        String l = t.toLowerCase();
        if (l.equals("max") || l.equals("amrap") || l.equals("failure") || l.equals("max reps")) {
            d.reps.add("AMRAP");
            return;
        }
        if (t.matches("\\d{1,3}\\+?(?:\\s?[,/]\\s?\\d{1,3}\\+?){1,9}")) {
            for (String p : t.split("\\s?[,/]\\s?")) d.reps.add(p);
            return;
        }
        // "30s", "10 each side", "8-10 @ RPE 8": read it as a notation
        LineRead r = lineReader.read("1x" + t, d.lineNumber);
        if (r.draft() != null) {
            ExerciseDraft x = r.draft();
            x.sets = null;
            merge(d, x);
            return;
        }
        d.note("reps " + t);
        d.lower(0.2);
    }

    void weight(ExerciseDraft d, String v, String hint) {
        String t = v.strip();
        String l = t.toLowerCase();
        if (l.equals("bw") || l.startsWith("bodyweight") || l.equals("body weight")) {
            d.note("bodyweight");
            return;
        }
        if (t.endsWith("%")) {
            Double p = Quantities.number(t.substring(0, t.length() - 1));
            if (p != null) d.percents.add(p);
            return;
        }
        if (l.matches(".*\\d\\s?(kgs?|kilos?)\\b.*") && l.matches(".*\\d\\s?(lbs?|pounds?)\\b.*")) {
            d.note("load " + t + " (mixed units)"); // "25 lb + 5 kg": plates of two kinds, no single load
            return;
        }
        String numbers = t.replaceAll("(?i)\\s?(kgs?|kilos?|lbs?|pounds?|#)\\b.*$", "").strip();
        List<Double> ws = Quantities.numberList(numbers);
        if (ws.isEmpty() || !numbers.matches("[\\d.,/ ]+")) {
            LineRead r = lineReader.read(t, d.lineNumber);
            if (r.draft() != null && (!r.draft().weights.isEmpty() || !r.draft().percents.isEmpty())) {
                merge(d, r.draft());
            } else {
                d.note("load " + t);
                d.lower(0.1);
            }
            return;
        }
        if (ws.size() == 1 && ws.get(0) == 0) return; // Strong writes 0 for body-weight sets
        d.weights.addAll(ws);
        String u = Quantities.loadUnit(t.substring(numbers.length()).strip());
        if (u == null && ("kg".equals(hint) || "lb".equals(hint))) u = hint;
        if (u != null) d.unit = u;
    }

    /** Copies what a cell's reading found into the row's draft without overwriting what the row already has. */
    static void merge(ExerciseDraft d, ExerciseDraft x) {
        if (d.sets == null) d.sets = x.sets;
        if (d.reps.isEmpty()) d.reps.addAll(x.reps);
        if (d.weights.isEmpty()) {
            d.weights.addAll(x.weights);
            if (d.unit == null) d.unit = x.unit;
        }
        if (d.percents.isEmpty()) d.percents.addAll(x.percents);
        if (d.rpe == null) d.rpe = x.rpe;
        if (d.durationSeconds == null) d.durationSeconds = x.durationSeconds;
        if (d.distanceMeters == null) d.distanceMeters = x.distanceMeters;
        if (d.restSeconds == null) d.restSeconds = x.restSeconds;
        if (d.tempo == null) d.tempo = x.tempo;
        x.notes.forEach(d::note);
        d.certainty = Math.min(d.certainty, x.certainty);
    }
}
