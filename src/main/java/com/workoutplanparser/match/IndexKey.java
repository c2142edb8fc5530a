package com.workoutplanparser.match;

import java.util.List;

/**
 * One indexed name or alias of an exercise, in every form the scorer compares.
 *
 * @param exercise index of the exercise in {@link MatcherIndex#exercises}
 * @param tokenIds the distinct vocabulary ids of its tokens, sorted (binary-searchable)
 * @param weight   the sum of the IDF of its tokens
 */
record IndexKey(int exercise, String text, String compact, String sorted, int[] tokenIds, List<String> tokens,
                double weight) {
}
