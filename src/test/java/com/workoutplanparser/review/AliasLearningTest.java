package com.workoutplanparser.review;

import com.workoutplanparser.match.Alias;
import com.workoutplanparser.match.Candidate;
import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.match.MatchLevel;
import com.workoutplanparser.match.MatchResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The learning rule and the catalog search, without Spring or Camel. */
class AliasLearningTest {

    @Test
    void aNameIsLearnedOnceEnoughReviewersAgree() {
        AliasLearning once = new AliasLearning(1);
        AliasLearning thrice = new AliasLearning(3);

        assertThat(once.learns(1)).isTrue();
        assertThat(thrice.learns(2)).isFalse();
        assertThat(thrice.learns(3)).isTrue();
        assertThatThrownBy(() -> new AliasLearning(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreCountedIgnoringCaseAccentsAndPunctuation() {
        assertThat(AliasLearning.nameKey("DB-Bénch  Press!")).isEqualTo("db bench press");
        assertThat(AliasLearning.nameKey("db bench press")).isEqualTo(AliasLearning.nameKey("DB BENCH-PRESS"));
        assertThat(AliasLearning.nameKey(null)).isEmpty();
    }

    @Test
    void catalogSearchPutsTheMatchersIdeasFirstThenNamesAndAliasesContainingTheWords() {
        List<CatalogExercise> catalog = List.of(
                exercise("barbell-front-squat", "Barbell Front Squat", "front squat"),
                exercise("goblet-squat", "Goblet Squat"),
                exercise("barbell-back-squat", "Barbell Back Squat", "squat"),
                exercise("plank", "Plank"));
        MatchResult match = new MatchResult("front squat", new Candidate("barbell-front-squat", "Barbell Front Squat", 1.0),
                MatchLevel.HIGH, List.of(new Candidate("goblet-squat", "Goblet Squat", 0.7)));

        List<CatalogSearch.Hit> hits = CatalogSearch.search("front squat", catalog, match, 10);
        assertThat(hits).extracting(CatalogSearch.Hit::exerciseId).containsExactly("barbell-front-squat", "goblet-squat");
        assertThat(hits.get(0).confidence()).isEqualTo(1.0);

        assertThat(CatalogSearch.search("squat", catalog, null, 10)).extracting(CatalogSearch.Hit::exerciseId)
                .containsExactly("barbell-back-squat", "barbell-front-squat", "goblet-squat");
        assertThat(CatalogSearch.search("squat", catalog, null, 1)).hasSize(1);
    }

    private static CatalogExercise exercise(String id, String name, String... aliases) {
        return new CatalogExercise(id, name, "barbell", "squat", List.of(),
                java.util.Arrays.stream(aliases).map(a -> Alias.curated(a, "en")).toList());
    }
}
