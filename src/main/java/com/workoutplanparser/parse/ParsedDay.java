package com.workoutplanparser.parse;

import java.util.List;

/**
 * A training day (or the whole plan when it names no days) with its exercises in order.
 *
 * @param label the day's heading as written ("Day 1: Upper Body", "Monday"), null when the plan names none
 * @param week  the week it belongs to ("Week 1"), null when the plan names no weeks
 */
public record ParsedDay(String label, String week, List<ParsedExercise> exercises) {
    public ParsedDay {
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }
}
