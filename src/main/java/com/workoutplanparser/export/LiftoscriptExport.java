package com.workoutplanparser.export;

import com.workoutplanparser.store.PlanStore.StoredDay;
import com.workoutplanparser.store.PlanStore.StoredExercise;
import com.workoutplanparser.store.PlanStore.StoredPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stored plan in Liftoscript, the text Liftosaur programs are written in (and {@code parse/LiftoscriptReader}
 * reads): {@code # Week 1}, {@code ## Day A}, then one line per exercise with fields separated by " / ":
 *
 * <pre>
 * Bench Press / 3x8 @8 / 100kg / 90s
 * Squat / 1x5 100kg, 1x3 110kg, 1x1+ 120kg / 180s
 * Romanian Deadlift / 3x8-12 / 70% / superset: A
 * </pre>
 *
 * Names are the catalog's canonical names (the plan's own words when nothing matched). What Liftoscript has no
 * field for (a hold's length, a distance, tempo, notes) follows the line as a {@code //} comment, so it is kept
 * for a person without changing the sets Liftosaur reads.
 */
public final class LiftoscriptExport {

    /** Reps Liftoscript writes after "x": 8, 8-12, 5+ (at least five, then as many as possible). */
    private static final Pattern REPS = Pattern.compile("\\d{1,3}(-\\d{1,3})?\\+?");

    public String write(StoredPlan plan) {
        StringBuilder out = new StringBuilder();
        if (plan.title() != null && !plan.title().isBlank()) {
            out.append("// ").append(ExportedSets.oneLine(plan.title())).append('\n');
        }
        String week = null;
        int weekNo = 0;
        int dayNo = 0;
        for (StoredDay day : plan.days()) {
            String w = ExportedSets.oneLine(day.week());
            if (weekNo == 0 || (w != null && !w.equals(week))) {
                weekNo++;
                dayNo = 0;
                week = w;
                out.append(out.isEmpty() ? "" : "\n").append("# ").append(w != null && !w.isEmpty() ? w : "Week " + weekNo).append('\n');
            }
            dayNo++;
            String label = ExportedSets.oneLine(day.label());
            out.append("\n## ").append(label != null && !label.isEmpty() ? label : "Day " + dayNo).append('\n');
            for (StoredExercise x : day.exercises()) {
                line(x, out);
            }
        }
        return out.toString();
    }

    private static void line(StoredExercise x, StringBuilder out) {
        ExportedSets s = ExportedSets.of(x);
        List<String> fields = new ArrayList<>();
        fields.add(name(x));
        List<String> extra = new ArrayList<>();
        boolean uniform = s.reps().stream().distinct().count() == 1 && s.loads().stream().distinct().count() == 1;
        String unit = unit(x.unit());
        String rpe = x.rpe() == null ? "" : " @" + ExportedSets.number(x.rpe());
        if (uniform) {
            fields.add(s.count() + "x" + reps(s.reps().get(0), extra) + rpe);
            Double w = s.loads().get(0);
            if (w != null && unit != null) fields.add(ExportedSets.number(w) + unit);
            else if (w != null) extra.add("load " + ExportedSets.number(w));
        } else {
            List<String> groups = new ArrayList<>();
            int i = 0;
            while (i < s.count()) {
                int j = i;
                while (j + 1 < s.count() && Objects.equals(s.reps().get(j + 1), s.reps().get(i))
                        && Objects.equals(s.loads().get(j + 1), s.loads().get(i))) {
                    j++;
                }
                Double w = s.loads().get(i);
                groups.add((j - i + 1) + "x" + reps(s.reps().get(i), extra)
                        + (w != null && unit != null ? " " + ExportedSets.number(w) + unit : "")
                        + (groups.isEmpty() ? rpe : ""));
                i = j + 1;
            }
            fields.add(String.join(", ", groups));
            if (unit == null && s.anyLoad()) extra.add("loads " + s.loads());
        }
        if (x.percent1rm() != null) fields.add(ExportedSets.number(x.percent1rm()) + "%");
        if (x.restSeconds() != null && x.restSeconds() > 0) fields.add(x.restSeconds() + "s");
        if (x.superset() != null && !x.superset().isBlank()) fields.add("superset: " + ExportedSets.oneLine(x.superset()));
        if (x.durationSeconds() != null) extra.add(x.durationSeconds() + " s");
        if (x.distanceMeters() != null) extra.add(ExportedSets.number(x.distanceMeters()) + " m");
        if (x.tempo() != null) extra.add("tempo " + ExportedSets.oneLine(x.tempo()));
        if (x.notes() != null && !x.notes().isBlank()) extra.add(ExportedSets.oneLine(x.notes()));
        out.append(String.join(" / ", fields)).append('\n');
        if (!extra.isEmpty()) out.append("// ").append(String.join("; ", extra)).append('\n');
    }

    /** A name field may not hold the separator or start a heading or a comment. */
    private static String name(StoredExercise x) {
        String n = ExportedSets.displayName(x).replace("/", "-").replaceAll("^[#\\s-]+", "").strip();
        if (n.length() > 80) n = n.substring(0, 80).strip();
        return n.isEmpty() ? "Exercise" : n;
    }

    /** Reps Liftoscript cannot write (AMRAP, "30s", none) become "1+" or "1" and the plan's words go to the comment. */
    private static String reps(String reps, List<String> extra) {
        if (reps == null) return "1";
        String r = reps.strip();
        if (REPS.matcher(r).matches()) return r;
        if (r.equalsIgnoreCase("amrap") || r.equalsIgnoreCase("max")) return "1+";
        if (!extra.contains("reps " + r)) extra.add("reps " + r);
        return "1";
    }

    private static String unit(String unit) {
        if (unit == null) return null;
        return switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "kg", "kgs" -> "kg";
            case "lb", "lbs" -> "lb";
            default -> null;
        };
    }
}
