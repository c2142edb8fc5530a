package com.workoutplanparser.export;

import com.workoutplanparser.store.PlanStore.StoredExercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An exercise's prescription set by set, which is how the set-based formats (Liftoscript set lists, one CSV row
 * per set) write it: the stored row keeps reps as text ("8", "8-12", "5,3,1") and one load or one per set.
 *
 * @param count  the number of sets; 1 when the plan named none but prescribed something (reps, a load)
 * @param reps   per set, null where the plan gave none
 * @param loads  per set, null where the plan gave none
 * @param setsGiven whether the plan itself named the number of sets
 */
record ExportedSets(int count, List<String> reps, List<Double> loads, boolean setsGiven) {

    static ExportedSets of(StoredExercise x) {
        List<String> perSetReps = x.reps() == null ? List.of() : List.of(x.reps().split("\\s*,\\s*"));
        List<Double> perSetLoads = loads(x.weight());
        boolean given = x.sets() != null && x.sets() > 0;
        int n = given ? x.sets() : Math.max(1, Math.max(perSetReps.size(), perSetLoads.size()));
        List<String> reps = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reps.add(perSetReps.isEmpty() ? null : perSetReps.size() == n ? perSetReps.get(i)
                    : perSetReps.size() == 1 ? perSetReps.get(0) : i < perSetReps.size() ? perSetReps.get(i) : null);
            loads.add(perSetLoads.isEmpty() ? null : perSetLoads.size() == n ? perSetLoads.get(i)
                    : perSetLoads.size() == 1 ? perSetLoads.get(0) : i < perSetLoads.size() ? perSetLoads.get(i) : null);
        }
        return new ExportedSets(n, reps, loads, given);
    }

    /** The stored weight is one number or a list with one per set. */
    static List<Double> loads(Object weight) {
        if (weight instanceof Number n) return List.of(n.doubleValue());
        if (weight instanceof List<?> l) {
            List<Double> out = new ArrayList<>();
            for (Object o : l) out.add(o instanceof Number n ? n.doubleValue() : null);
            return out;
        }
        return List.of();
    }

    boolean anyLoad() {
        return loads.stream().anyMatch(w -> w != null && w != 0);
    }

    /** 100.0 is "100", 62.5 stays "62.5", 2.25 stays "2.25". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return String.valueOf((long) v);
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The name an app knows: the catalog's canonical name when the exercise was matched, else as written. */
    static String displayName(StoredExercise x) {
        String n = x.exerciseName() != null ? x.exerciseName() : x.name();
        return n == null ? "Exercise" : n.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    static String oneLine(String s) {
        return s == null ? null : s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
