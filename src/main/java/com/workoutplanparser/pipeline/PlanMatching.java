package com.workoutplanparser.pipeline;

import com.workoutplanparser.match.ExerciseMatcher;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.ParsedDay;
import com.workoutplanparser.parse.ParsedExercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches every exercise of a reading against the catalog. Plain Java; a plan repeats names, so each is matched once. */
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
                MatchResult m = seen.computeIfAbsent(e.name(), matcher::match);
                exercises.add(new MatchedExercise(e, m));
                all.add(m);
            }
            days.add(new MatchedDay(day.label(), day.week(), exercises));
        }
        return new MatchedPlan(reading, days, PlanConfidence.of(all));
    }
}
