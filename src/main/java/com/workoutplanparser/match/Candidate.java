package com.workoutplanparser.match;

/** A catalog exercise proposed for a name, with the confidence (0..1) that it is the one meant. */
public record Candidate(String exerciseId, String name, double confidence) {
}
