package com.workoutplanparser.store;

import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.ParsedExercise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plan to insert, turned column-wise: one array per column of workout_plan_day and workout_plan_exercise, each
 * bound by its name to {@link PlanStore}'s insert statement, which unnests them back into rows.
 */
record PlanColumns(List<Column> all) {

    /** One column's parameter name, values and the SQL element type of its array. */
    record Column(String name, String sqlType, Object[] values) {
    }

    private record Row(int day, int position, PlanStore.NewExercise exercise) {
    }

    /** @param seal what a line's own words (source text, notes) go through before they are stored: the cipher */
    static PlanColumns of(PlanStore.NewPlan plan, java.util.function.UnaryOperator<String> seal) {
        List<PlanStore.NewDay> days = plan.days();
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            List<PlanStore.NewExercise> exercises = days.get(d).exercises();
            for (int x = 0; x < exercises.size(); x++) {
                rows.add(new Row(d, x, exercises.get(x)));
            }
        }
        List<Column> all = new ArrayList<>();
        all.add(new Column("dayPositions", "int4", days.isEmpty() ? new Integer[0]
                : java.util.stream.IntStream.range(0, days.size()).boxed().toArray(Integer[]::new)));
        all.add(new Column("dayLabels", "text", days.stream().map(PlanStore.NewDay::label).toArray(String[]::new)));
        all.add(new Column("dayWeeks", "text", days.stream().map(PlanStore.NewDay::week).toArray(String[]::new)));
        all.add(ints("dayPosition", rows, Row::day));
        all.add(ints("position", rows, Row::position));
        all.add(texts("exerciseId", rows, r -> {
            MatchResult m = r.exercise().match();
            return m == null || m.best() == null ? null : m.best().exerciseId();
        }));
        all.add(texts("name", rows, r -> parsed(r).name()));
        all.add(texts("sourceText", rows, r -> seal.apply(parsed(r).text())));
        all.add(ints("sets", rows, r -> parsed(r).sets()));
        all.add(texts("reps", rows, r -> parsed(r).reps()));
        all.add(texts("weights", rows, r -> weights(parsed(r).weights())));
        all.add(texts("unit", rows, r -> parsed(r).unit()));
        all.add(numbers("percent1rm", rows, r -> parsed(r).percent1rm()));
        all.add(numbers("rpe", rows, r -> parsed(r).rpe()));
        all.add(ints("durationSeconds", rows, r -> parsed(r).durationSeconds()));
        all.add(numbers("distanceMeters", rows, r -> parsed(r).distanceMeters()));
        all.add(ints("restSeconds", rows, r -> parsed(r).restSeconds()));
        all.add(texts("tempo", rows, r -> parsed(r).tempo()));
        all.add(texts("superset", rows, r -> parsed(r).superset()));
        all.add(texts("notes", rows, r -> seal.apply(parsed(r).notes())));
        all.add(numbers("matchConfidence", rows,
                r -> r.exercise().match() == null ? null : r.exercise().match().confidence()));
        return new PlanColumns(all);
    }

    private static ParsedExercise parsed(Row r) {
        return r.exercise().parsed();
    }

    private static Column ints(String name, List<Row> rows, Function<Row, Integer> value) {
        return new Column(name, "int4", rows.stream().map(value).toArray(Integer[]::new));
    }

    private static Column texts(String name, List<Row> rows, Function<Row, String> value) {
        return new Column(name, "text", rows.stream().map(value).toArray(String[]::new));
    }

    /** Decimal text, as BigDecimal.valueOf(double) writes it: numeric keeps exactly what a per-row insert kept. */
    private static Column numbers(String name, List<Row> rows, Function<Row, Double> value) {
        return new Column(name, "numeric", rows.stream().map(value)
                .map(d -> d == null ? null : BigDecimal.valueOf(d)).toArray(BigDecimal[]::new));
    }

    /** A numeric[] literal ({60,62.5}), or null for none, as the per-row insert stored an empty list. */
    private static String weights(List<Double> weights) {
        return weights == null || weights.isEmpty() ? null : weights.stream()
                .map(w -> BigDecimal.valueOf(w).toPlainString()).collect(Collectors.joining(",", "{", "}"));
    }
}
