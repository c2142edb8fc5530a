package com.workoutplanparser.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The learning rule, without Spring or Camel. */
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
    void namesAreCountedTheWayTheMatcherReadsThem() {
        assertThat(AliasLearning.nameKey("DB-Bénch  Presses!")).isEqualTo(AliasLearning.nameKey("dumbbell bench press"));
        assertThat(AliasLearning.nameKey("Zercher Squat")).isNotEqualTo(AliasLearning.nameKey("Zercher Lunge"));
        assertThat(AliasLearning.nameKey(null)).isEmpty();
    }
}
