package com.workoutplanparser.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules written at the top of catalog/exercises.yaml, checked over every curated file together: ids are unique,
 * and every name or alias (after normalisation, which is what the matcher compares) belongs to exactly one exercise.
 * An alias shared by two exercises can never be matched at high, so it is a catalog defect, not a matcher choice.
 */
class CatalogIntegrityTest {

    static final List<CatalogExercise> CATALOG = CatalogFile.loadDefault();
    static final Set<String> LANGUAGES = Set.of("en", "es", "de", "fr", "it", "pt", "ja");

    @Test
    void idsAreUniqueAcrossAllFiles() {
        assertThat(CATALOG).extracting(CatalogExercise::id).doesNotHaveDuplicates();
    }

    @Test
    void everyNameAndAliasPointsToOneExercise() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (CatalogExercise e : CATALOG) {
            List<String> forms = new ArrayList<>();
            forms.add(e.name());
            e.aliases().forEach(a -> forms.add(a.text()));
            for (String form : forms) {
                String key = Normaliser.normalise(form);
                if (key.isEmpty()) {
                    continue; // a script the normaliser does not read yet (Japanese); it cannot clash
                }
                String previous = owner.putIfAbsent(key, e.id());
                if (previous != null && !previous.equals(e.id())) {
                    clashes.add("'" + form + "' (" + key + "): " + previous + " and " + e.id());
                }
            }
        }
        assertThat(clashes).as("names or aliases shared by two exercises").isEmpty();
    }

    @Test
    void everyEntryIsComplete() {
        List<String> incomplete = new ArrayList<>();
        for (CatalogExercise e : CATALOG) {
            boolean languagesKnown = e.aliases().stream().allMatch(a -> LANGUAGES.contains(a.language()));
            if (e.name() == null || e.name().isBlank() || e.equipment() == null || e.pattern() == null
                    || e.muscles().isEmpty() || !languagesKnown) {
                incomplete.add(e.id());
            }
        }
        assertThat(incomplete).as("entries without name, equipment, pattern, muscles or with an unknown language")
                .isEmpty();
    }
}
