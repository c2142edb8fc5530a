package com.workoutplanparser.pipeline;

import com.workoutplanparser.match.ExerciseMatcher;
import com.workoutplanparser.match.MatchContext;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.ParsedDay;
import com.workoutplanparser.parse.ParsedExercise;

import com.workoutplanparser.plan.MatchedDay;
import com.workoutplanparser.plan.MatchedExercise;
import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.plan.PlanConfidence;
import com.workoutplanparser.plan.PlanReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches every exercise of a reading against the catalog, with what its line says besides the name
 * (distance, time, calories, load, the day or block label: "Row 500 m" in a WOD is the rowing machine).
 * Plain Java; a plan repeats names, so each name is matched once per kind of context.
 */
public final class PlanMatching {

    private PlanMatching() {
    }

    public static MatchedPlan match(PlanReading reading, ExerciseMatcher matcher) {
        Map<String, MatchResult> seen = new HashMap<>();
        List<MatchedDay> days = new ArrayList<>();
        List<MatchResult> all = new ArrayList<>();
        for (ParsedDay day : reading.result().days()) {
            List<MatchedExercise> exercises = new ArrayList<>();
            for (ParsedExercise e : day.exercises()) {
                MatchContext context = contextOf(e, day);
                MatchResult m = seen.computeIfAbsent(e.name() + "\u0000" + context.signature(),
                        k -> matcher.match(e.name(), context));
                exercises.add(new MatchedExercise(e, m));
                all.add(m);
            }
            days.add(new MatchedDay(day.label(), day.week(), exercises));
        }
        return new MatchedPlan(reading, days, PlanConfidence.of(all));
    }

    static MatchContext contextOf(ParsedExercise e, ParsedDay day) {
        String block = day.label() == null ? day.week() : day.label();
        return MatchContext.of(e.distanceMeters(), e.durationSeconds(), null, e.reps(), e.weights(), block,
                e.text());
    }
}
