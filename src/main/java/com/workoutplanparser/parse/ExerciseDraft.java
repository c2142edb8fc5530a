package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A mutable exercise reading while it is assembled: readers fill fields, the plan assembler merges per-set rows
 * and applies block context (rounds, supersets, rest defaults), and only then is it frozen into a ParsedExercise.
 */
final class ExerciseDraft {
    String text;
    String name;
    Integer sets;
    /** Reps per set when written per set ("5,3,1"); otherwise a single entry ("8", "8-12", "AMRAP", "5+"). */
    List<String> reps = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    String unit;
    List<Double> percents = new ArrayList<>();
    Double rpe;
    Integer durationSeconds;
    Double distanceMeters;
    Integer restSeconds;
    String tempo;
    String superset;
    List<String> notes = new ArrayList<>();
    int lineNumber;
    double certainty = 1.0;
    /** True when the reading came from one-set rows that may be merged with the next rows of the same exercise. */
    boolean singleSetRow;
    /** A rest written "between sets"/"between exercises": meant for the whole day, not one exercise. */
    boolean generalRest;
    /** Reps read from one bare number ("Pushups: 40"): outside a circuit that is one logged set. */
    boolean oneBareValue;
    /** A labelled per-set row ("Reps per set: 5, 4, 3"): its values complete the exercise above it. */
    boolean perSetField;

    boolean hasQuantity() {
        return sets != null || !reps.isEmpty() || !weights.isEmpty() || !percents.isEmpty() || rpe != null
                || durationSeconds != null || distanceMeters != null;
    }

    /** Takes the per-set reps or loads of a labelled row; a later row (another week's loads) changes nothing. */
    void takePerSetField(ExerciseDraft row) {
        if (row.sets != null && row.reps.isEmpty() && row.weights.isEmpty()) sets = row.sets;
        if (!row.reps.isEmpty() && reps.size() <= 1) {
            reps = new ArrayList<>(row.reps);
            sets = row.reps.size();
        }
        boolean anyLoad = row.weights.stream().anyMatch(w -> w > 0);
        if (anyLoad && weights.isEmpty()) {
            weights = new ArrayList<>(row.weights);
            if (unit == null) unit = row.unit;
            if (sets == null) sets = row.weights.size();
        }
        text = text + " | " + row.text;
    }

    void lower(double by) {
        certainty = Math.max(0.05, certainty - by);
    }

    void note(String n) {
        if (n != null && !n.isBlank() && !notes.contains(n)) {
            notes.add(n);
        }
    }

    /**
     * Adds the next one-set row of the same exercise ("65% x 5" under "65% x 5" …): one more set,
     * with its reps and load kept per set.
     */
    void appendSet(ExerciseDraft row) {
        int before = sets == null ? 1 : sets;
        int add = row.sets == null ? 1 : row.sets;
        expandPerSet(reps, before);
        expandPerSet(weights, before);
        List<String> rowReps = new ArrayList<>(row.reps);
        expandPerSet(rowReps, add);
        List<Double> rowWeights = new ArrayList<>(row.weights);
        expandPerSet(rowWeights, add);
        reps.addAll(rowReps);
        weights.addAll(rowWeights);
        percents.addAll(row.percents);
        sets = before + add;
        if (unit == null) unit = row.unit;
        if (row.rpe != null) rpe = row.rpe;
        if (restSeconds == null) restSeconds = row.restSeconds;
        if (tempo == null) tempo = row.tempo;
        row.notes.forEach(this::note);
        text = text + " | " + row.text;
        certainty = Math.min(certainty, row.certainty);
    }

    /** Repeats a single value n times so that per-set lists can be concatenated; leaves empty lists empty. */
    private static <T> void expandPerSet(List<T> values, int n) {
        if (values.size() == 1 && n > 1) {
            T v = values.get(0);
            for (int i = 1; i < n; i++) values.add(v);
        }
    }

    ParsedExercise build() {
        return ParsedExercise.builder(name)
                .text(text)
                .sets(sets)
                .reps(repsText())
                .weights(collapse(weights))
                .unit(unit)
                .percent1rm(percents.isEmpty() ? null : percents.stream().max(Double::compare).orElse(null))
                .rpe(rpe)
                .durationSeconds(durationSeconds)
                .distanceMeters(distanceMeters)
                .restSeconds(restSeconds)
                .tempo(tempo)
                .superset(superset)
                .notes(notesText())
                .lineNumber(lineNumber)
                .certainty(Math.round(certainty * 100) / 100.0)
                .build();
    }

    private String notesText() {
        List<String> all = new ArrayList<>(notes);
        if (percents.size() > 1 && percents.stream().distinct().count() > 1) {
            StringBuilder sb = new StringBuilder();
            for (Double p : percents) {
                if (sb.length() > 0) sb.append('/');
                sb.append(Quantities.format(p));
            }
            all.add(0, "%1RM per set " + sb + " (top set kept)");
        }
        return all.isEmpty() ? null : String.join("; ", all);
    }

    /** "8","8","8" is just "8"; different values stay per set ("5,3,1"). */
    String repsText() {
        if (reps.isEmpty()) return null;
        boolean same = reps.stream().distinct().count() == 1;
        return same ? reps.get(0) : String.join(",", reps);
    }

    private static List<Double> collapse(List<Double> ws) {
        if (ws.isEmpty()) return List.of();
        if (ws.stream().distinct().count() == 1) return List.of(ws.get(0));
        return List.copyOf(ws);
    }
}
