package com.workoutplanparser.review;

/**
 * A reviewer chose a different catalog exercise for a name than the matcher suggested.
 *
 * @param writtenName         the name as written in the plan
 * @param suggestedExerciseId what the matcher proposed, null when nothing matched
 * @param chosenExerciseId    what the reviewer chose
 */
public record MatchCorrection(String writtenName, String suggestedExerciseId, String chosenExerciseId) {
}
