package com.workoutplanparser.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.workoutplanparser.match.Candidate;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.LineReading;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.plan.ImportStatus;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The JSON contract of an import, returned by the API and stored in {@code workout_import_log.parsed_exercises}.
 * Other tools read it: change names or shapes only with a new API version.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportResponse(
        UUID importId,
        ImportStatus status,
        UUID workoutPlanId,
        UUID reviewId,
        String parser,
        ReadBy readBy,
        @JsonProperty("isWorkout") boolean isWorkout,
        Confidence confidence,
        List<Day> days,
        Usage usage,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnreadLine> unreadLines,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NotUnderstoodLine> notUnderstoodLines) {

    /**
     * Provenance: who read the plan. {@code provider} and {@code model} name the LLM provider when any of the
     * plan's text was sent to it (also when its reply could not be used, and when the answer came from the reply
     * cache of an earlier identical request); both are null when no LLM saw it.
     *
     * @param parser rules, llm or hybrid: whose reading the result is
     */
    public record ReadBy(String parser, String provider, String model) {

        public static ReadBy rules() {
            return new ReadBy("rules", null, null);
        }
    }

    public record Confidence(double overall, int high, int medium, int low, int unmatched) {
        public static Confidence of(PlanConfidence c) {
            return new Confidence(c.overall(), c.high(), c.medium(), c.low(), c.unmatched());
        }
    }

    public record Day(String label, List<Exercise> exercises) {
    }

    public record Exercise(String text, String name, Match match, Integer sets, String reps,
                           /* a number, or a list for per-set weights */ Object weight, String unit,
                           Double percent1rm, Double rpe, Integer durationSeconds, Double distanceMeters,
                           Integer restSeconds, String tempo, String superset, String notes) {

        Exercise withPlanLines(UnaryOperator<String> f) {
            return new Exercise(f.apply(text), name, match, sets, reps, weight, unit, percent1rm, rpe, durationSeconds,
                    distanceMeters, restSeconds, tempo, superset, f.apply(notes));
        }
    }

    /**
     * As {@code /api/v1/exercises/match} gives it, so a reviewer or client sees why a match is medium.
     *
     * @param unmatchedModifiers words of the name (weighted, single-arm…) no catalog name of the match carries
     * @param contextRule        the context rule that chose the exercise from the rest of the line, or null
     * @param note               a short human reason for the match, or null when there is nothing to say
     */
    public record Match(String exerciseId, String name, double confidence, String level,
                        List<Alternative> alternatives, List<String> unmatchedModifiers, String contextRule,
                        String note) {
    }

    public record Alternative(String exerciseId, String name, double confidence) {
    }

    public record Usage(long inputTokens, long outputTokens) {
    }

    /** A line no reader could read, for the reviewer. */
    public record UnreadLine(int line, String text) {
    }

    /**
     * A line a reader read as an exercise whose name matches nothing in the catalog: read, but not understood
     * (the LLM could not do better, or was not there). The reviewer sees it beside the unread lines.
     */
    public record NotUnderstoodLine(int line, String text, String readAs) {
    }

    public static ImportResponse of(UUID importId, ImportStatus status, UUID planId, UUID reviewId, MatchedPlan plan,
                                    String error) {
        return of(importId, status, planId, reviewId, plan, error, new ReadBy(plan.reading().parser(), null, null));
    }

    public static ImportResponse of(UUID importId, ImportStatus status, UUID planId, UUID reviewId, MatchedPlan plan,
                                    String error, ReadBy readBy) {
        List<Day> days = plan.days().stream()
                .map(d -> new Day(d.label(), d.exercises().stream().map(ImportResponse::exercise).toList()))
                .toList();
        LlmUsage usage = plan.reading().usage();
        List<UnreadLine> unread = plan.reading().result().unreadLines().stream()
                .map(ImportResponse::unread).toList();
        return new ImportResponse(importId, status, planId, reviewId, plan.reading().parser(), readBy, plan.isWorkout(),
                Confidence.of(plan.confidence()), days, new Usage(usage.inputTokens(), usage.outputTokens()),
                error, unread, notUnderstood(plan));
    }

    /**
     * The same response with each plan line (an exercise's {@code text} and {@code notes}, the {@code text} of every
     * unread and not-understood line) replaced by {@code f}'s value: how the stored copy is sealed without reading
     * the written JSON back (crypto/StoredPlanJson). Nulls stay null; everything structured stays as it is.
     */
    public ImportResponse withPlanLines(UnaryOperator<String> f) {
        UnaryOperator<String> g = v -> v == null ? null : f.apply(v);
        return new ImportResponse(importId, status, workoutPlanId, reviewId, parser, readBy, isWorkout, confidence,
                each(days, d -> new Day(d.label(), each(d.exercises(), x -> x.withPlanLines(g)))), usage, error,
                each(unreadLines, l -> new UnreadLine(l.line(), g.apply(l.text()))),
                each(notUnderstoodLines, l -> new NotUnderstoodLine(l.line(), g.apply(l.text()), l.readAs())));
    }

    private static <T> List<T> each(List<T> items, UnaryOperator<T> f) {
        return items == null ? null : items.stream().map(f).toList();
    }

    /** An import that failed before or during parsing: nothing read, the reason given. */
    public static ImportResponse failed(UUID importId, String error) {
        return new ImportResponse(importId, ImportStatus.FAILED, null, null, null, null, false,
                new Confidence(0, 0, 0, 0, 0), List.of(), new Usage(0, 0), error, List.of(), List.of());
    }

    private static Exercise exercise(MatchedExercise m) {
        ParsedExercise e = m.parsed();
        return new Exercise(e.text(), e.name(), match(m.match()), e.sets(), e.reps(), weight(e.weights()), e.unit(),
                e.percent1rm(), e.rpe(), e.durationSeconds(), e.distanceMeters(), e.restSeconds(), e.tempo(),
                e.superset(), e.notes());
    }

    private static Match match(MatchResult r) {
        if (r.best() == null) {
            return null;
        }
        List<Alternative> alternatives = r.alternatives().stream()
                .map(c -> new Alternative(c.exerciseId(), c.name(), round(c.confidence()))).toList();
        Candidate best = r.best();
        return new Match(best.exerciseId(), best.name(), round(best.confidence()), r.level().json(), alternatives,
                r.unmatchedModifiers(), r.contextRule(), r.note());
    }

    private static Object weight(List<Double> weights) {
        if (weights.isEmpty()) return null;
        return weights.size() == 1 ? weights.get(0) : weights;
    }

    private static UnreadLine unread(LineReading l) {
        return new UnreadLine(l.lineNumber(), l.text());
    }

    /** Each source line once, in line order. */
    private static List<NotUnderstoodLine> notUnderstood(MatchedPlan plan) {
        java.util.TreeMap<Integer, NotUnderstoodLine> lines = new java.util.TreeMap<>();
        for (MatchedExercise e : NotUnderstood.exercises(plan)) {
            int n = e.parsed().lineNumber();
            if (n > 0) {
                lines.putIfAbsent(n, new NotUnderstoodLine(n, e.parsed().text(), e.parsed().name()));
            }
        }
        return List.copyOf(lines.values());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
