package com.workoutplanparser.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores parser output against labelled plans: exercise-level precision/recall/F1 (an exercise counts when its
 * name is found), day-level precision/recall, per-field precision/recall (a field is a true positive when the
 * value is present and equal, a false positive when a wrong or unexpected value is present, a false negative when
 * an expected value is missing or wrong), and field accuracy over matched exercises (absent-and-absent counts).
 */
final class CorpusScore {

    static final List<String> FIELDS = List.of("sets", "reps", "weight", "unit", "pct", "rpe", "dur", "dist", "rest", "ss");

    int plans;
    int workoutCorrect;
    int exTp, exFp, exFn;
    int dayTp, dayFp, dayFn;
    int wrongDay;
    int slotCorrect, slotTotal;
    int unreadLines, totalLines;
    final Map<String, int[]> field = new LinkedHashMap<>(); // tp, fp, fn
    final List<String> mismatches = new ArrayList<>();

    CorpusScore() {
        for (String f : FIELDS) field.put(f, new int[3]);
    }

    private record Ex(String day, String week, String name, Map<String, Object> values, String text) {
    }

    void add(ParserCorpus.Plan plan, ParseResult r) {
        plans++;
        if (r.isWorkout() == plan.workout()) workoutCorrect++;
        else mismatches.add(plan.id() + ": workout expected " + plan.workout() + " got " + r.isWorkout());
        unreadLines += r.unreadLines().size();
        totalLines += r.lines().size();

        List<Ex> expected = new ArrayList<>();
        List<String> expectedDays = new ArrayList<>();
        for (ParserCorpus.ExpectedDay d : plan.days()) {
            Map<String, String> groups = new HashMap<>();
            String dayKey = norm(d.label()) + (d.weekGiven() ? " @" + norm(d.week()) : "");
            expectedDays.add(dayKey);
            for (Map<String, Object> e : d.exercises()) {
                Map<String, Object> v = new HashMap<>();
                for (String f : FIELDS) v.put(f, expectedValue(f, e.get(f)));
                if (v.get("ss") != null) v.put("ss", groups.computeIfAbsent(v.get("ss").toString(), k -> "g" + (groups.size() + 1)));
                expected.add(new Ex(norm(d.label()), d.weekGiven() ? norm(d.week()) : null, norm((String) e.get("name")), v, (String) e.get("name")));
            }
        }
        List<Ex> actual = new ArrayList<>();
        List<String> actualDays = new ArrayList<>();
        for (ParsedDay d : r.days()) {
            Map<String, String> groups = new HashMap<>();
            actualDays.add(norm(d.label()) + " @" + norm(d.week()));
            for (ParsedExercise e : d.exercises()) {
                Map<String, Object> v = new HashMap<>();
                v.put("sets", e.sets());
                v.put("reps", e.reps() == null ? null : e.reps().replace(" ", "").toLowerCase(Locale.ROOT));
                v.put("weight", e.weights().isEmpty() ? null : e.weights());
                v.put("unit", e.unit());
                v.put("pct", e.percent1rm());
                v.put("rpe", e.rpe());
                v.put("dur", e.durationSeconds() == null ? null : e.durationSeconds().doubleValue());
                v.put("dist", e.distanceMeters());
                v.put("rest", e.restSeconds() == null ? null : e.restSeconds().doubleValue());
                v.put("ss", e.superset() == null ? null : groups.computeIfAbsent(e.superset(), k -> "g" + (groups.size() + 1)));
                actual.add(new Ex(norm(d.label()), norm(d.week()), norm(e.name()), v, e.name() + " <- " + e.text()));
            }
        }
        scoreDays(plan, expectedDays, actualDays);

        boolean[] used = new boolean[actual.size()];
        for (Ex e : expected) {
            int match = -1;
            for (int pass = 0; pass < 2 && match < 0; pass++) {
                for (int i = 0; i < actual.size(); i++) {
                    if (used[i] || !actual.get(i).name.equals(e.name)) continue;
                    boolean sameDay = Objects.equals(actual.get(i).day, e.day) && (e.week == null || Objects.equals(actual.get(i).week, e.week));
                    if (pass == 0 && !sameDay) continue;
                    match = i;
                    if (pass == 1) wrongDay++;
                    break;
                }
            }
            if (match < 0) {
                exFn++;
                for (String f : FIELDS) if (e.values.get(f) != null) field.get(f)[2]++;
                mismatches.add(plan.id() + ": missed exercise '" + e.text + "'");
                continue;
            }
            used[match] = true;
            exTp++;
            Ex a = actual.get(match);
            for (String f : FIELDS) {
                Object ev = e.values.get(f);
                Object av = a.values.get(f);
                boolean eq = same(ev, av);
                slotTotal++;
                if (eq) slotCorrect++;
                int[] c = field.get(f);
                if (ev != null && eq) c[0]++;
                if (av != null && !eq) c[1]++;
                if (ev != null && !eq) c[2]++;
                if (!eq) mismatches.add(plan.id() + ": " + e.text + "." + f + " expected " + ev + " got " + av + "   [" + a.text + "]");
            }
        }
        for (int i = 0; i < actual.size(); i++) {
            if (used[i]) continue;
            exFp++;
            for (String f : FIELDS) if (actual.get(i).values.get(f) != null) field.get(f)[1]++;
            mismatches.add(plan.id() + ": unexpected exercise '" + actual.get(i).text + "'");
        }
    }

    private void scoreDays(ParserCorpus.Plan plan, List<String> expected, List<String> actual) {
        List<String> remaining = new ArrayList<>(actual);
        for (String e : expected) {
            int found = -1;
            for (int i = 0; i < remaining.size(); i++) {
                String a = remaining.get(i);
                // a day expected without a week matches whatever week the parser gave it
                if (e.contains(" @") ? a.equals(e) : a.substring(0, a.indexOf(" @")).equals(e)) { found = i; break; }
            }
            if (found >= 0) {
                remaining.remove(found);
                dayTp++;
            } else {
                dayFn++;
                mismatches.add(plan.id() + ": missed day '" + e + "' (got " + actual + ")");
            }
        }
        dayFp += remaining.size();
    }

    private static Object expectedValue(String f, Object v) {
        if (v == null) return null;
        switch (f) {
            case "reps", "unit", "ss" -> {
                return v.toString().replace(" ", "").toLowerCase(Locale.ROOT);
            }
            case "sets" -> {
                return ((Number) v).intValue();
            }
            case "weight" -> {
                List<Double> out = new ArrayList<>();
                if (v instanceof List<?> l) for (Object o : l) out.add(((Number) o).doubleValue());
                else out.add(((Number) v).doubleValue());
                return out;
            }
            default -> {
                return ((Number) v).doubleValue();
            }
        }
    }

    private static boolean same(Object e, Object a) {
        if (e == null || a == null) return e == a;
        if (e instanceof Double de && a instanceof Double da) return Math.abs(de - da) < 0.51;
        if (e instanceof List<?> le && a instanceof List<?> la) {
            if (le.size() != la.size()) return false;
            for (int i = 0; i < le.size(); i++) {
                if (Math.abs(((Number) le.get(i)).doubleValue() - ((Number) la.get(i)).doubleValue()) > 0.01) return false;
            }
            return true;
        }
        if (e instanceof String se && a instanceof String sa) return se.equalsIgnoreCase(sa);
        return e.equals(a);
    }

    static String norm(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double exercisePrecision() { return ratio(exTp, exTp + exFp); }
    double exerciseRecall() { return ratio(exTp, exTp + exFn); }
    double exerciseF1() { return f1(exercisePrecision(), exerciseRecall()); }
    double fieldAccuracy() { return ratio(slotCorrect, slotTotal); }
    double workoutAccuracy() { return ratio(workoutCorrect, plans); }
    double fieldPrecision(String f) { int[] c = field.get(f); return ratio(c[0], c[0] + c[1]); }
    double fieldRecall(String f) { int[] c = field.get(f); return ratio(c[0], c[0] + c[2]); }

    /** Micro-averaged field precision/recall over all fields. */
    double allFieldsF1() {
        int tp = 0, fp = 0, fn = 0;
        for (int[] c : field.values()) { tp += c[0]; fp += c[1]; fn += c[2]; }
        return f1(ratio(tp, tp + fp), ratio(tp, tp + fn));
    }

    static String table(Map<String, CorpusScore> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-22s", "metric"));
        for (String k : scores.keySet()) sb.append(String.format("%16s", k));
        sb.append('\n');
        row(sb, scores, "plans", s -> String.valueOf(s.plans));
        row(sb, scores, "workout? accuracy", s -> pct(s.workoutAccuracy()));
        row(sb, scores, "exercises expected", s -> String.valueOf(s.exTp + s.exFn));
        row(sb, scores, "exercise precision", s -> pct(s.exercisePrecision()));
        row(sb, scores, "exercise recall", s -> pct(s.exerciseRecall()));
        row(sb, scores, "exercise F1", s -> pct(s.exerciseF1()));
        row(sb, scores, "day precision", s -> pct(ratio(s.dayTp, s.dayTp + s.dayFp)));
        row(sb, scores, "day recall", s -> pct(ratio(s.dayTp, s.dayTp + s.dayFn)));
        row(sb, scores, "exercise in wrong day", s -> String.valueOf(s.wrongDay));
        for (String f : FIELDS) {
            row(sb, scores, f + " P / R", s -> pct(s.fieldPrecision(f)) + " / " + pct(s.fieldRecall(f)));
        }
        row(sb, scores, "field accuracy", s -> pct(s.fieldAccuracy()));
        row(sb, scores, "fields micro F1", s -> pct(s.allFieldsF1()));
        row(sb, scores, "unread lines", s -> s.unreadLines + " of " + s.totalLines);
        return sb.toString();
    }

    private static void row(StringBuilder sb, Map<String, CorpusScore> scores, String name,
                            java.util.function.Function<CorpusScore, String> v) {
        sb.append(String.format("%-22s", name));
        for (CorpusScore s : scores.values()) sb.append(String.format("%16s", v.apply(s)));
        sb.append('\n');
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
