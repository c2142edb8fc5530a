package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One logged set of an app export (a Strong, Hevy, FitNotes or Fitbod row), with the export's conventions decoded:
 * units from the header ("weight_kg", "Weight (lbs)", a legacy "kg" column) or from a unit column ("kgs"),
 * times as seconds or h:mm:ss, distances in km, miles or metres, and app-converted loads
 * ("6.803893642" kg, which is 15 lb) rounded to what a person would read.
 */
final class ExportSetRow {

    private static final double METRES_PER_MILE = 1609.344;
    private static final java.util.regex.Pattern DISTANCE_CELL =
            java.util.regex.Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(km|mi|miles?|m|yds?|yards?|)\\.?", java.util.regex.Pattern.CASE_INSENSITIVE);

    String date;
    String workout;
    String name;
    /** Sets this row stands for: 1, or the "Sets" cell of logs that write one row per exercise and load. */
    int sets = 1;
    String reps;
    /** Null when the cell is blank. */
    Double weight;
    String unit;
    Integer seconds;
    Double metres;
    Double rpe;
    Double percent;
    String superset;
    String note;
    boolean warmup;

    /** The row read through the header's columns; null when it names no exercise. */
    static ExportSetRow of(List<String> cells, TableColumns cols) {
        ExportSetRow r = new ExportSetRow();
        String distanceUnit = null;
        Double distance = null;
        for (int c = 0; c < cols.roles.size() && c < cells.size(); c++) {
            String v = cells.get(c).replace("**", "").strip();
            if (v.isEmpty() || v.equals("-") || v.equals("—")) continue;
            String hint = cols.unitHints.get(c);
            switch (cols.roles.get(c)) {
                case NAME -> r.name = v;
                case DATE -> r.date = v;
                case WORKOUT -> r.workout = v;
                case SETS -> {
                    Integer n = Quantities.integer(v);
                    if (n != null && n > 1 && n <= 50) r.sets = n;
                }
                case SET_INDEX -> {
                    // newer Strong exports write "W" for a warm-up set (and "D"/"F" for drop and failure sets)
                    if (v.toLowerCase(Locale.ROOT).startsWith("w")) r.warmup = true;
                }
                case SET_TYPE -> r.warmup |= v.toLowerCase(Locale.ROOT).startsWith("warm");
                case WARMUP -> r.warmup |= isTrue(v);
                case REPS -> r.reps = reps(v);
                case WEIGHT -> {
                    Double w = number(v.replaceAll("(?i)\\s*(kgs?|lbs?)$", ""));
                    if (w != null) r.weight = w;
                    String u = Quantities.loadUnit(v.replaceAll("[\\d.,\\s]", ""));
                    if (u == null && ("kg".equals(hint) || "lb".equals(hint))) u = hint;
                    if (u != null) r.unit = u;
                }
                case UNIT -> {
                    String u = Quantities.loadUnit(v);
                    if (u != null) r.unit = u;
                }
                case DURATION -> r.seconds = seconds(v, hint);
                case DISTANCE -> {
                    // "2.5" under a "distance_km" header, or "10 km" / "5 mi" in the cell itself
                    java.util.regex.Matcher m = DISTANCE_CELL.matcher(v);
                    if (m.matches()) {
                        distance = number(m.group(1));
                        if (!m.group(2).isEmpty()) distanceUnit = m.group(2).toLowerCase(Locale.ROOT);
                        else if (hint != null) distanceUnit = hint;
                    }
                }
                case DISTANCE_UNIT -> distanceUnit = v.toLowerCase(Locale.ROOT);
                case RPE -> {
                    Double x = number(v);
                    if (x != null && x > 0 && x <= 10) r.rpe = x;
                }
                case RIR -> {
                    Double x = number(v);
                    if (x != null && x >= 0 && x <= 10) r.rpe = 10 - x;
                }
                case PERCENT -> {
                    Double p = number(v.replace("%", ""));
                    if (p != null && p > 0) r.percent = p <= 1.5 ? Math.round(p * 1000) / 10.0 : p;
                }
                case SUPERSET -> r.superset = v;
                case NOTES -> r.note = v;
                default -> { }
            }
        }
        if (r.name == null || r.name.isBlank()) return null;
        if (distance != null && distance > 0) {
            r.metres = metres(distance, distanceUnit);
            if (r.metres == null) r.note = "distance " + Quantities.format(distance) + " (unit not stated)";
        }
        return r;
    }

    /**
     * An unquoted comma inside a name ("Overhead Press (Each Side, Dumbbells)" in FitNotes) gives the row more
     * cells than the header: the cells after the name are joined back while its brackets are still open.
     */
    static List<String> rejoinName(List<String> cells, TableColumns cols) {
        int extra = cells.size() - cols.roles.size();
        int nameCol = cols.col(TableColumns.Role.NAME);
        if (extra <= 0 || nameCol < 0 || nameCol >= cells.size()) return cells;
        List<String> out = new ArrayList<>(cells);
        StringBuilder name = new StringBuilder(out.get(nameCol));
        while (extra > 0 && nameCol + 1 < out.size() && opens(name) > 0) {
            name.append(", ").append(out.remove(nameCol + 1));
            extra--;
        }
        out.set(nameCol, name.toString());
        return out;
    }

    private static int opens(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') n++;
            else if (s.charAt(i) == ')') n--;
        }
        return n;
    }

    /** Folds the working sets of one exercise of one session into one exercise. */
    static ExerciseDraft fold(String name, String text, List<ExportSetRow> rows, Map<String, String> supersetLetters) {
        ExerciseDraft d = new ExerciseDraft();
        d.name = name;
        d.text = text;
        d.lineNumber = 0; // grouped from several rows
        List<String> reps = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int sets = 0;
        boolean anyReps = false, anyLoad = false;
        Double rpeTop = null;
        List<String> rpeSeen = new ArrayList<>();
        for (ExportSetRow r : rows) {
            sets += r.sets;
            for (int k = 0; k < r.sets; k++) {
                reps.add(r.reps);
                weights.add(r.weight == null ? 0.0 : r.weight);
            }
            anyReps |= r.reps != null;
            anyLoad |= r.weight != null && r.weight != 0;
            if (d.unit == null) d.unit = r.unit;
            if (r.seconds != null && (d.durationSeconds == null || r.seconds > d.durationSeconds)) d.durationSeconds = r.seconds;
            if (r.metres != null && (d.distanceMeters == null || r.metres > d.distanceMeters)) d.distanceMeters = r.metres;
            if (r.percent != null) d.percents.add(r.percent);
            if (r.rpe != null) {
                rpeSeen.add(Quantities.format(r.rpe));
                if (rpeTop == null || r.rpe > rpeTop) rpeTop = r.rpe;
            }
            if (r.superset != null && d.superset == null) {
                d.superset = supersetLetters.computeIfAbsent(r.superset,
                        k -> String.valueOf((char) ('A' + supersetLetters.size() % 26)));
            }
            if (r.note != null) d.note(r.note);
        }
        d.sets = sets;
        if (anyReps) {
            for (String r : reps) d.reps.add(r == null ? "0" : r);
        }
        if (anyLoad) {
            for (Double w : weights) d.weights.add(rounded(w));
        } else {
            d.unit = null; // no load on any set: body weight, or a timed or cardio row
        }
        d.rpe = rpeTop;
        if (rpeSeen.stream().distinct().count() > 1) d.note("RPE per set " + String.join("/", rpeSeen));
        if (!d.weights.isEmpty() && d.unit == null) d.lower(0.1); // the export does not say kg or lb
        d.singleSetRow = false;
        return d;
    }

    /**
     * Apps that store kilograms write converted pounds with float noise (15 lb = 6.803893642 kg): two decimals
     * keep every real plate step (1.25 kg, 0.25 lb in kg) and drop the noise.
     */
    static double rounded(double w) {
        return Math.round(w * 100) / 100.0;
    }

    private static String reps(String v) {
        String t = v.strip();
        Double n = number(t);
        if (n != null) {
            if (n <= 0) return null; // Strong writes 0 reps on timed and cardio sets
            return Quantities.format(Math.rint(n) == n ? n : Math.round(n * 10) / 10.0);
        }
        String l = t.toLowerCase(Locale.ROOT);
        if (l.equals("max") || l.equals("amrap") || l.equals("failure")) return "AMRAP";
        return t.matches("\\d{1,3}(-\\d{1,3})?\\+?") ? t : null;
    }

    /** Seconds of a set: "60", "0:01:00", "1:30", or minutes when the header says so; 0 is "not timed". */
    static Integer seconds(String v, String hint) {
        String t = v.strip();
        if (t.indexOf(':') > 0) {
            String[] p = t.split(":");
            int total = 0;
            for (String part : p) {
                Integer x = Quantities.integer(part.replaceAll("\\.\\d+$", ""));
                if (x == null) return null;
                total = total * 60 + x;
            }
            return total > 0 ? total : null;
        }
        Double n = number(t);
        if (n == null) {
            Integer s = Quantities.durationCell(t, false);
            return s != null && s > 0 ? s : null;
        }
        if (n <= 0) return null;
        return (int) Math.round("min".equals(hint) ? n * 60 : n);
    }

    private static Double metres(double distance, String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        double per;
        if (u.startsWith("mi")) per = METRES_PER_MILE;
        else if (u.startsWith("km") || u.startsWith("kilom")) per = 1000;
        else if (u.equals("m") || u.startsWith("met")) per = 1;
        else if (u.startsWith("y")) per = 0.9144;
        else if (u.startsWith("ft") || u.startsWith("feet")) per = 0.3048;
        else return null;
        return Math.round(distance * per * 10) / 10.0;
    }

    private static boolean isTrue(String v) {
        String l = v.strip().toLowerCase(Locale.ROOT);
        return l.equals("true") || l.equals("yes") || l.equals("1") || l.equals("x") || l.equals("y") || l.equals("oui")
                || l.equals("ja") || l.equals("sí") || l.equals("si");
    }

    /** A plain number with a decimal point or a decimal comma ("62,5"), of any precision. */
    static Double number(String s) {
        if (s == null) return null;
        String t = s.strip().replace(',', '.');
        if (t.isEmpty() || t.length() > 24 || !t.matches("-?\\d+(\\.\\d+)?")) return null;
        return Double.parseDouble(t);
    }
}
