package com.workoutplanparser.export;

import com.workoutplanparser.store.PlanStore.StoredDay;
import com.workoutplanparser.store.PlanStore.StoredExercise;
import com.workoutplanparser.store.PlanStore.StoredPlan;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored plan as a Strong-style CSV: one row per set, in the column layout of Strong's export with unit columns
 * (the one Hevy and other apps import, and {@code parse/ExportTableReader} reads back), comma separated (RFC 4180)
 * so that spreadsheets open it as it is.
 * <p>
 * A plan has no dates: day N of the plan is written on the plan's creation day plus N-1 days at the same time, so
 * every day is its own session even when two days share a name (Day A of week 1 and of week 2). The workout name
 * is the day's label ("Day N" without one; a label used by an earlier day gets " (day N)"). Loads use Strong's unit words ({@code kg}, {@code lbs}), hold lengths
 * go to Seconds, distances to Distance in km; rest, tempo and notes go to the first set's Notes.
 */
public final class StrongCsvExport {

    public static final String HEADER = "Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,RPE,"
            + "Distance,Distance Unit,Seconds,Notes,Workout Notes";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public String write(StoredPlan plan) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        int dayNo = 0;
        java.util.Set<String> workouts = new java.util.HashSet<>();
        for (StoredDay day : plan.days()) {
            String date = DATE.format(plan.createdAt().plusSeconds(86_400L * dayNo));
            dayNo++;
            String label = ExportedSets.oneLine(day.label());
            String workout = label != null && !label.isEmpty() ? label : "Day " + dayNo;
            if (day.week() != null && !day.week().isBlank() && (label == null || !label.contains(day.week().strip()))) {
                workout = ExportedSets.oneLine(day.week()) + " - " + workout;
            }
            // apps fold a workout name's sessions into one routine: a second "Push" day keeps its own name
            if (!workouts.add(workout)) workout = workout + " (day " + dayNo + ")";
            String workoutNotes = dayNo == 1 && plan.title() != null ? plan.title() : null;
            for (StoredExercise x : day.exercises()) {
                rows(date, workout, x, workoutNotes, out);
                workoutNotes = null;
            }
        }
        return out.toString();
    }

    private static void rows(String date, String workout, StoredExercise x, String workoutNotes, StringBuilder out) {
        ExportedSets s = ExportedSets.of(x);
        boolean loads = s.anyLoad();
        for (int i = 0; i < s.count(); i++) {
            List<String> c = new ArrayList<>();
            c.add(date);
            c.add(quote(workout));
            c.add(quote(ExportedSets.displayName(x)));
            c.add(String.valueOf(i + 1));
            Double w = s.loads().get(i);
            c.add(loads ? ExportedSets.number(w == null ? 0 : w) : "");
            c.add(loads ? unit(x.unit()) : "");
            c.add(s.reps().get(i) == null ? "" : reps(s.reps().get(i)));
            c.add(x.rpe() == null ? "" : ExportedSets.number(x.rpe()));
            c.add(x.distanceMeters() == null ? "" : ExportedSets.number(x.distanceMeters() / 1000.0));
            c.add(x.distanceMeters() == null ? "" : "km");
            c.add(x.durationSeconds() == null ? "" : String.valueOf(x.durationSeconds()));
            c.add(quote(i == 0 ? notes(x) : ""));
            c.add(quote(i == 0 && workoutNotes != null ? ExportedSets.oneLine(workoutNotes) : ""));
            out.append(String.join(",", c)).append("\r\n");
        }
    }

    /** Strong writes whole numbers; a range ("8-12") or "5+" is kept as the plan says it (a prescription, not a log). */
    private static String reps(String r) {
        String t = r.strip();
        return t.matches("\\d{1,3}(-\\d{1,3})?\\+?") ? t : t.equalsIgnoreCase("max") || t.equalsIgnoreCase("amrap") ? "AMRAP" : quote(t);
    }

    private static String unit(String unit) {
        if (unit == null) return "";
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("lb") ? "lbs" : u.startsWith("kg") ? "kg" : "";
    }

    private static String notes(StoredExercise x) {
        List<String> n = new ArrayList<>();
        if (x.percent1rm() != null) n.add(ExportedSets.number(x.percent1rm()) + "% 1RM");
        if (x.restSeconds() != null) n.add("rest " + x.restSeconds() + " s");
        if (x.tempo() != null) n.add("tempo " + x.tempo());
        if (x.superset() != null) n.add("superset " + x.superset());
        if (x.notes() != null && !x.notes().isBlank()) n.add(x.notes());
        return ExportedSets.oneLine(String.join("; ", n));
    }

    /** Strong quotes every text cell; a quote inside is doubled (RFC 4180). */
    static String quote(String v) {
        return "\"" + (v == null ? "" : v.replace("\"", "\"\"")) + "\"";
    }
}
