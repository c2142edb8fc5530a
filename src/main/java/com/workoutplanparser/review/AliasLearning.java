package com.workoutplanparser.review;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The learning rule: once reviewers have corrected the same written name to the same exercise
 * {@code threshold} times, that name becomes a learned alias of the exercise, so the next plan that uses it
 * matches at once. Names are compared in a normalised form (case, accents and punctuation ignored), the same
 * way the matcher compares them, so "DB Bench", "db-bench" and "Db bénch" count together.
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

    /** The form names are counted in; mirrors the matcher's normalisation. */
    public static String nameKey(String writtenName) {
        if (writtenName == null) {
            return "";
        }
        String n = Normalizer.normalize(writtenName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
