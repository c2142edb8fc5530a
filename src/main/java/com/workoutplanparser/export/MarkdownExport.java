package com.workoutplanparser.export;

import com.workoutplanparser.store.PlanStore.StoredDay;
import com.workoutplanparser.store.PlanStore.StoredExercise;
import com.workoutplanparser.store.PlanStore.StoredPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * A stored plan for people (and for mail): the title, one heading per day (with its week), and a table per day
 * with the exercise, sets, reps, load, RPE, rest and notes. Per-set values are written per set ("5,3,1",
 * "100/110/120"). Exercises carry the catalog's canonical names.
 */
public final class MarkdownExport {

    public String write(StoredPlan plan) {
        StringBuilder out = new StringBuilder();
        String title = ExportedSets.oneLine(plan.title());
        out.append("# ").append(title != null && !title.isEmpty() ? cell(title) : "Workout plan").append("\n");
        int dayNo = 0;
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (StoredDay day : plan.days()) {
            dayNo++;
            String label = ExportedSets.oneLine(day.label());
            String week = ExportedSets.oneLine(day.week());
            String heading = label != null && !label.isEmpty() ? label : "Day " + dayNo;
            // a date ("2021-05-03 07:12") says nothing a reader takes for a day: it is named as the plan's day N
            if (!heading.matches(".*\\p{L}.*")) heading = "Day " + dayNo + ": " + heading;
            if (week != null && !week.isEmpty() && !heading.contains(week)) heading = week + " - " + heading;
            // two days of one name ("Push" on two dates) stay two days
            if (!headings.add(heading)) heading = heading + " (day " + dayNo + ")";
            out.append("\n## ").append(heading).append("\n\n");
            out.append("| Exercise | Sets | Reps | Weight | RPE | Rest | Notes |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (StoredExercise x : day.exercises()) {
                out.append("| ").append(String.join(" | ", row(x))).append(" |\n");
            }
        }
        return out.toString();
    }

    private static List<String> row(StoredExercise x) {
        List<String> c = new ArrayList<>();
        c.add(cell(ExportedSets.displayName(x)));
        c.add(x.sets() == null ? "" : String.valueOf(x.sets()));
        c.add(x.reps() == null ? "" : cell(x.reps()));
        List<Double> loads = ExportedSets.loads(x.weight());
        String load = String.join("/", loads.stream().map(w -> w == null ? "0" : ExportedSets.number(w)).toList());
        c.add(load.isEmpty() ? "" : load + (x.unit() == null ? "" : " " + x.unit()));
        c.add(x.rpe() == null ? "" : ExportedSets.number(x.rpe()));
        c.add(x.restSeconds() == null ? "" : x.restSeconds() + "s");
        List<String> notes = new ArrayList<>();
        if (x.percent1rm() != null) notes.add(ExportedSets.number(x.percent1rm()) + "% 1RM");
        if (x.durationSeconds() != null) notes.add(x.durationSeconds() + " s");
        if (x.distanceMeters() != null) notes.add(ExportedSets.number(x.distanceMeters()) + " m");
        if (x.tempo() != null) notes.add("tempo " + x.tempo());
        if (x.superset() != null) notes.add("superset " + x.superset());
        if (x.notes() != null && !x.notes().isBlank()) notes.add(x.notes());
        c.add(cell(String.join("; ", notes)));
        return c;
    }

    /** A cell is one line and its pipes are escaped. */
    private static String cell(String v) {
        return ExportedSets.oneLine(v).replace("|", "\\|");
    }
}
