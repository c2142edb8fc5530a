package com.workoutplanparser.match;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseMatcherTest {

    static final ExerciseMatcher MATCHER = new ExerciseMatcher(CatalogFile.loadDefault(), MatchThresholds.DEFAULT);

    @Property(tries = 300)
    void anyInputGivesAWellFormedResult(@ForAll @StringLength(max = 40) String q) {
        MatchResult r = MATCHER.match(q);
        assertThat(r.confidence()).isBetween(0.0, 1.0);
        assertThat(r.level()).isEqualTo(r.best() == null ? MatchLevel.UNMATCHED
                : MatchThresholds.DEFAULT.levelOf(r.confidence()));
        assertThat(r.alternatives()).extracting(Candidate::exerciseId).doesNotHaveDuplicates();
        if (r.best() != null) {
            assertThat(r.alternatives()).extracting(Candidate::exerciseId).doesNotContain(r.best().exerciseId());
            r.alternatives().forEach(c -> assertThat(c.confidence()).isLessThanOrEqualTo(r.confidence()));
        } else {
            assertThat(r.alternatives()).isEmpty();
        }
    }

    @Test
    void anExactNameIsHighEvenWhenASiblingOwnsTheBareName() {
        // "preacher curl" and "skull crusher" name the EZ-bar exercises; the barbell ones are named in full
        for (String q : List.of("Barbell Preacher Curl", "Preacher Curl (Barbell)", "Skullcrusher (Barbell)")) {
            MatchResult r = MATCHER.match(q);
            assertThat(r.level()).as(q + ": " + r).isEqualTo(MatchLevel.HIGH);
            assertThat(r.best().exerciseId()).as(q).startsWith("barbell-");
        }
    }

    @Test
    void sameAnswersFromManyThreads() throws Exception {
        List<String> queries = List.of("bench pres", "db rows", "Kniebeugen", "front squat", "pullups", "hamer curls",
                "Unicorn Press", "développé couché haltères", "kb swings", "lat pulldwon");
        List<MatchResult> expected = queries.stream().map(MATCHER::match).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<MatchResult>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<MatchResult> out = new ArrayList<>();
                    for (int rep = 0; rep < 50; rep++) {
                        out.clear();
                        queries.forEach(q -> out.add(MATCHER.match(q)));
                    }
                    return out;
                }));
            }
            for (Future<List<MatchResult>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void duplicateIdsAreIndexedOnce() {
        CatalogExercise a = new CatalogExercise("x", "Bench Press", "barbell", "push", List.of(), List.of());
        assertThat(new ExerciseMatcher(List.of(a, a), MatchThresholds.DEFAULT).size()).isEqualTo(1);
    }
}
