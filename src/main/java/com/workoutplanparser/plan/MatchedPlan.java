package com.workoutplanparser.plan;

import com.workoutplanparser.match.MatchResult;

import java.util.List;

/** A plan after parsing and matching: what the confidence routing decides on. */
public record MatchedPlan(PlanReading reading, List<MatchedDay> days, PlanConfidence confidence) {

    public MatchedPlan {
        days = List.copyOf(days);
    }

    public List<MatchedExercise> exercises() {
        return days.stream().flatMap(d -> d.exercises().stream()).toList();
    }

    public List<MatchResult> matches() {
        return exercises().stream().map(MatchedExercise::match).toList();
    }

    public boolean isWorkout() {
        return reading.result().isWorkout();
    }
}
