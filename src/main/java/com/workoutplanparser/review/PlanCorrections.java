package com.workoutplanparser.review;

import com.workoutplanparser.match.Candidate;
import com.workoutplanparser.match.MatchLevel;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.review.Approval.AddedExercise;
import com.workoutplanparser.review.Approval.ExerciseCorrection;
import com.workoutplanparser.review.Approval.Field;
import com.workoutplanparser.store.PlanStore.NewDay;
import com.workoutplanparser.store.PlanStore.NewExercise;
import com.workoutplanparser.web.ApiException;
import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the plan to store from the import's parse (its stored {@link ImportResponse}) and a reviewer's
 * {@link Approval}: exercises re-matched, edited, removed or added, and the match corrections to remember.
 * <p>
 * A catalog exercise a person chose is stored with confidence 1.0 (a person confirmed it); untouched exercises
 * keep the matcher's own confidence, so the stored numbers stay honest about what the matcher knew.
 */
@RequiredArgsConstructor
public final class PlanCorrections {

    /** A person's choice is certain, as far as the matcher is concerned. */
    static final double CHOSEN_CONFIDENCE = 1.0;

    /** The name of a catalog exercise by its id, empty when there is no such exercise. */
    private final Function<String, Optional<String>> catalogName;

    public CorrectedPlan apply(ImportResponse parsed, Approval approval) {
        List<ImportResponse.Day> days = parsed.days() == null ? List.of() : parsed.days();
        Map<String, ExerciseCorrection> byPosition = new HashMap<>();
        for (ExerciseCorrection c : approval.corrections()) {
            requireExercise(days, c.day(), c.index());
            byPosition.put(c.day() + "/" + c.index(), c);
        }
        int dayCount = Math.max(days.size(), 1); // a plan read as empty still gets one day for added exercises
        for (AddedExercise a : approval.added()) {
            if (a.day() >= dayCount) {
                throw invalid("\"added\" refers to day " + a.day() + ", but the plan has " + dayCount
                        + (dayCount == 1 ? " day." : " days."));
            }
        }

        List<NewDay> out = new ArrayList<>();
        List<MatchCorrection> corrections = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            ImportResponse.Day day = d < days.size() ? days.get(d) : new ImportResponse.Day(null, List.of());
            List<NewExercise> exercises = new ArrayList<>();
            List<ImportResponse.Exercise> parsedExercises = day.exercises() == null ? List.of() : day.exercises();
            for (int i = 0; i < parsedExercises.size(); i++) {
                ExerciseCorrection c = byPosition.get(d + "/" + i);
                if (c != null && c.remove()) {
                    continue;
                }
                exercises.add(corrected(parsedExercises.get(i), c, corrections));
            }
            for (AddedExercise a : approval.added()) {
                if (a.day() == d) {
                    exercises.add(added(a));
                }
            }
            out.add(new NewDay(day.label(), null, exercises));
        }
        CorrectedPlan plan = new CorrectedPlan(out, corrections);
        if (plan.exerciseCount() == 0) {
            throw invalid("Nothing would be left to store: reject the review instead.");
        }
        return plan;
    }

    private NewExercise corrected(ImportResponse.Exercise e, ExerciseCorrection c, List<MatchCorrection> corrections) {
        ParsedExercise.Builder b = ParsedExercise.builder(e.name()).text(e.text()).sets(e.sets()).reps(e.reps())
                .weights(weights(e.weight())).unit(e.unit()).percent1rm(e.percent1rm()).rpe(e.rpe())
                .durationSeconds(e.durationSeconds()).distanceMeters(e.distanceMeters())
                .restSeconds(e.restSeconds()).tempo(e.tempo()).superset(e.superset()).notes(e.notes());
        MatchResult match = suggested(e);
        if (c != null) {
            if (c.edits(Field.SETS)) b.sets(c.sets());
            if (c.edits(Field.REPS)) b.reps(c.reps());
            if (c.edits(Field.WEIGHT)) b.weights(c.weights());
            if (c.edits(Field.UNIT)) b.unit(c.unit());
            if (c.edits(Field.EXERCISE)) {
                String suggestedId = match.best() == null ? null : match.best().exerciseId();
                match = chosen(e.name(), c.exerciseId());
                if (c.exerciseId() != null && !c.exerciseId().equals(suggestedId)) {
                    corrections.add(new MatchCorrection(e.name(), suggestedId, c.exerciseId()));
                }
            }
        }
        return new NewExercise(b.build(), match);
    }

    private NewExercise added(AddedExercise a) {
        MatchResult match = chosen(a.name(), a.exerciseId());
        String name = a.name() != null ? a.name() : match.best().name();
        ParsedExercise parsed = ParsedExercise.builder(name).sets(a.sets()).reps(a.reps()).weights(a.weights())
                .unit(a.unit()).build();
        return new NewExercise(parsed, match);
    }

    /** The match as the pipeline made it, rebuilt from the stored JSON. */
    static MatchResult suggested(ImportResponse.Exercise e) {
        ImportResponse.Match m = e.match();
        if (m == null || m.exerciseId() == null) {
            return MatchResult.none(e.name());
        }
        List<Candidate> alternatives = m.alternatives() == null ? List.of() : m.alternatives().stream()
                .map(a -> new Candidate(a.exerciseId(), a.name(), a.confidence())).toList();
        return new MatchResult(e.name(), new Candidate(m.exerciseId(), m.name(), m.confidence()),
                level(m.level()), alternatives);
    }

    private MatchResult chosen(String writtenName, String exerciseId) {
        if (exerciseId == null) {
            return MatchResult.none(writtenName);
        }
        String name = catalogName.apply(exerciseId)
                .orElseThrow(() -> invalid("There is no catalog exercise '" + exerciseId + "'."));
        return new MatchResult(writtenName, new Candidate(exerciseId, name, CHOSEN_CONFIDENCE), MatchLevel.HIGH,
                List.of());
    }

    private static MatchLevel level(String json) {
        try {
            return MatchLevel.valueOf(Objects.requireNonNullElse(json, "unmatched").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return MatchLevel.UNMATCHED;
        }
    }

    /** The JSON contract writes one load as a number and per-set loads as a list. */
    static List<Double> weights(Object weight) {
        if (weight instanceof Number n) {
            return List.of(n.doubleValue());
        }
        if (weight instanceof List<?> list) {
            return list.stream().filter(Number.class::isInstance).map(w -> ((Number) w).doubleValue()).toList();
        }
        return List.of();
    }

    private static void requireExercise(List<ImportResponse.Day> days, int day, int index) {
        if (day >= days.size() || days.get(day).exercises() == null || index >= days.get(day).exercises().size()) {
            throw invalid("There is no exercise " + index + " in day " + day + " of this plan.");
        }
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("invalid_corrections", message);
    }
}
