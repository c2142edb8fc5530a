package com.workoutplanparser.review;

import com.workoutplanparser.match.Normaliser;

/**
 * The learning rule: once reviewers have corrected the same written name to the same exercise
 * {@code threshold} times, that name becomes a learned alias of the exercise, so the next plan that uses it
 * matches at once. Names are counted in the matcher's normalised form (case, accents, punctuation, plurals and
 * abbreviations folded), so "DB Bench", "db-bench" and "Dumbbell bénch" count together.
 */
public record AliasLearning(int threshold) {

    public AliasLearning {
        if (threshold < 1) {
            throw new IllegalArgumentException("the alias learning threshold must be at least 1, not " + threshold);
        }
    }

    /** @param agreeingCorrections corrections of this name to this exercise so far, the new one included */
    public boolean learns(long agreeingCorrections) {
        return agreeingCorrections >= threshold;
    }

    /** The form names are counted in: the matcher's own. */
    public static String nameKey(String writtenName) {
        return writtenName == null ? "" : Normaliser.normalise(writtenName);
    }
}
