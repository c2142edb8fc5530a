package com.workoutplanparser.match;

/**
 * Another name for a catalog exercise.
 *
 * @param language ISO 639-1 code ("en", "es", "de", "fr", "pt", "it")
 * @param origin   "curated" (from the catalog file or the API) or "learned" (from review corrections)
 */
public record Alias(String text, String language, String origin) {
    public static Alias curated(String text, String language) {
        return new Alias(text, language, "curated");
    }
}
