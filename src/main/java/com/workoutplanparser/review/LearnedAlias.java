package com.workoutplanparser.review;

/** A written name that became an alias of a catalog exercise because reviewers kept choosing it. */
public record LearnedAlias(String exerciseId, String alias) {
}
