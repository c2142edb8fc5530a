package com.workoutplanparser.plan;

import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.ParsedExercise;

/** An exercise as read, with what the catalog matcher made of its name. */
public record MatchedExercise(ParsedExercise parsed, MatchResult match) {
}
