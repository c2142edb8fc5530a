package com.workoutplanparser.plan;

import java.util.List;

public record MatchedDay(String label, String week, List<MatchedExercise> exercises) {
    public MatchedDay {
        exercises = List.copyOf(exercises);
    }
}
