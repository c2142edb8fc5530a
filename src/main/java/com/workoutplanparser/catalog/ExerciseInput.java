package com.workoutplanparser.catalog;

import com.workoutplanparser.match.Alias;
import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.web.ApiException;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST/PUT /api/v1/exercises}: what a client may set on an exercise. Plain Java validation,
 * so every rule is in one place and the message says what to fix.
 */
public record ExerciseInput(String id, String name, String equipment, String pattern, List<String> muscles,
                            List<AliasInput> aliases) {

    public record AliasInput(String alias, String language) {
    }

    /** Validates and turns the input into a catalog exercise; the id is derived from the name when absent. */
    public CatalogExercise toExercise(String pathId) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("invalid_exercise", "\"name\" is required.");
        }
        if (name.length() > 120) {
            throw ApiException.badRequest("invalid_exercise", "\"name\" must be at most 120 characters.");
        }
        String effectiveId = pathId != null ? pathId : (id == null || id.isBlank() ? slug(name) : id.strip());
        if (!effectiveId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw ApiException.badRequest("invalid_exercise",
                    "\"id\" must be a lower-case slug like \"barbell-bench-press\".");
        }
        List<Alias> aliasList = aliases == null ? List.of() : aliases.stream()
                .filter(a -> a != null && a.alias() != null && !a.alias().isBlank())
                .map(a -> new Alias(a.alias().strip(), a.language() == null ? "en" : a.language().strip(), "api"))
                .toList();
        return new CatalogExercise(effectiveId, name.strip(), equipment, pattern, muscles, aliasList);
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
