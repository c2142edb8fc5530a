package com.workoutplanparser.parse;

import java.util.List;

/**
 * One exercise as written in a plan, before it is matched to the catalog.
 * Unknown values are null; {@code reps} is text because people write "8", "8-12", "AMRAP" or "5,3,1".
 * {@code weights} holds one value for a single load, or one per set ("135/155/175 x 5").
 *
 * @param text          the source text of the exercise (the line, trimmed)
 * @param name          the exercise name as written, without the numbers around it
 * @param lineNumber    1-based line in the submitted text, 0 when not from a line (LLM, CSV grouping)
 * @param certainty     how sure the reader is of this reading, 0..1
 */
public record ParsedExercise(
        String text,
        String name,
        Integer sets,
        String reps,
        List<Double> weights,
        String unit,
        Double percent1rm,
        Double rpe,
        Integer durationSeconds,
        Double distanceMeters,
        Integer restSeconds,
        String tempo,
        String superset,
        String notes,
        int lineNumber,
        double certainty) {

    public ParsedExercise {
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.text = text; b.sets = sets; b.reps = reps; b.weights = weights; b.unit = unit;
        b.percent1rm = percent1rm; b.rpe = rpe; b.durationSeconds = durationSeconds;
        b.distanceMeters = distanceMeters; b.restSeconds = restSeconds; b.tempo = tempo;
        b.superset = superset; b.notes = notes; b.lineNumber = lineNumber; b.certainty = certainty;
        return b;
    }

    /** Mutable builder, because a reading is assembled field by field as a line is scanned. */
    public static final class Builder {
        private String text;
        private String name;
        private Integer sets;
        private String reps;
        private List<Double> weights = List.of();
        private String unit;
        private Double percent1rm;
        private Double rpe;
        private Integer durationSeconds;
        private Double distanceMeters;
        private Integer restSeconds;
        private String tempo;
        private String superset;
        private String notes;
        private int lineNumber;
        private double certainty = 1.0;

        private Builder(String name) { this.name = name; }

        public Builder text(String v) { text = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder sets(Integer v) { sets = v; return this; }
        public Builder reps(String v) { reps = v; return this; }
        public Builder weight(Double v) { weights = v == null ? List.of() : List.of(v); return this; }
        public Builder weights(List<Double> v) { weights = v == null ? List.of() : v; return this; }
        public Builder unit(String v) { unit = v; return this; }
        public Builder percent1rm(Double v) { percent1rm = v; return this; }
        public Builder rpe(Double v) { rpe = v; return this; }
        public Builder durationSeconds(Integer v) { durationSeconds = v; return this; }
        public Builder distanceMeters(Double v) { distanceMeters = v; return this; }
        public Builder restSeconds(Integer v) { restSeconds = v; return this; }
        public Builder tempo(String v) { tempo = v; return this; }
        public Builder superset(String v) { superset = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder lineNumber(int v) { lineNumber = v; return this; }
        public Builder certainty(double v) { certainty = v; return this; }

        public ParsedExercise build() {
            return new ParsedExercise(text, name, sets, reps, weights, unit, percent1rm, rpe, durationSeconds,
                    distanceMeters, restSeconds, tempo, superset, notes, lineNumber, certainty);
        }
    }
}
