package com.workoutplanparser.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A matcher remembers its answers per name and kind of line, and a remembered answer is the one it would give. */
class RecentMatchesTest {

    private static final MatchContext ROW_500_M = MatchContext.of(500.0, null, null, null, List.of(), "WOD", "Row 500 m");
    private static final MatchContext ROW_30_CAL = MatchContext.of(null, null, null, null, List.of(), "Day 2", "30 cal Row");
    private static final MatchContext ROW_10_MIN = MatchContext.of(null, 600, null, null, List.of(), null, "Row 10 min");
    private static final MatchContext LOADED = MatchContext.of(null, null, null, "10", List.of(85.0), null, "Row: 1x10@85");

    private final AtomicInteger matched = new AtomicInteger();

    private Supplier<MatchResult> counting(String name) {
        return () -> {
            matched.incrementAndGet();
            return new MatchResult(name, null, MatchLevel.UNMATCHED, List.of());
        };
    }

    @Test
    void aNameIsMatchedOnceForOneKindOfLine() {
        RecentMatches recent = new RecentMatches(16);
        MatchResult first = recent.get("Row", ROW_500_M, counting("Row"));
        MatchResult again = recent.get("Row", MatchContext.of(2000.0, null, null, null, List.of(), "WOD", "Row 2 km"),
                counting("Row"));
        assertThat(again).isSameAs(first);
        assertThat(matched).hasValue(1);
    }

    @Test
    void linesOfAnotherKindOrAnotherNameAreMatchedApart() {
        RecentMatches recent = new RecentMatches(16);
        for (MatchContext kind : List.of(MatchContext.NONE, ROW_500_M, ROW_30_CAL, ROW_10_MIN, LOADED,
                MatchContext.of(null, null, null, null, List.of(), null, null))) {
            recent.get("Row", kind, counting("Row"));
        }
        recent.get("row", MatchContext.NONE, counting("row"));
        assertThat(matched).hasValue(7);
        assertThat(recent.size()).isEqualTo(7);
    }

    @Test
    void theLeastRecentlyUsedNameGoesFirst() {
        RecentMatches recent = new RecentMatches(2);
        recent.get("Squat", MatchContext.NONE, counting("Squat"));
        recent.get("Deadlift", MatchContext.NONE, counting("Deadlift"));
        recent.get("Squat", MatchContext.NONE, counting("Squat"));
        recent.get("Bench Press", MatchContext.NONE, counting("Bench Press"));
        assertThat(matched).hasValue(3);
        recent.get("Squat", MatchContext.NONE, counting("Squat"));
        assertThat(matched).as("Squat was used last, so Deadlift made room").hasValue(3);
        recent.get("Deadlift", MatchContext.NONE, counting("Deadlift"));
        assertThat(matched).hasValue(4);
        assertThat(recent.size()).isEqualTo(2);
    }

    @Test
    void aRememberedAnswerIsTheAnswerOfAMatcherThatNeverSawTheName() {
        ExerciseMatcher seasoned = ExerciseMatcherTest.MATCHER;
        ExerciseMatcher fresh = new ExerciseMatcher(CatalogFile.loadDefault(), MatchThresholds.DEFAULT);
        List<String> names = List.of("Row", "Row machine", "Bike", "Ski", "Bench Press", "db bench", "Sentadilla",
                "ベンチプレス", "Pull-ups", "KB swings", "Assault bike", "Burpees", "Squat");
        List<MatchContext> kinds = List.of(ROW_500_M, ROW_30_CAL, ROW_10_MIN, MatchContext.NONE, LOADED);
        List<MatchResult> remembered = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String name : names) {
                for (MatchContext kind : kinds) {
                    MatchResult answer = seasoned.match(name, kind);
                    if (pass == 0) {
                        remembered.add(answer);
                    } else {
                        assertThat(answer).isSameAs(remembered.get(names.indexOf(name) * kinds.size() + kinds.indexOf(kind)));
                    }
                }
            }
        }
        // the fresh matcher is asked in the other order, so an answer it remembers wrongly shows as a difference
        for (String name : backwards(names)) {
            for (MatchContext kind : backwards(kinds)) {
                assertThat(fresh.match(name, kind)).as(name + " " + RecentMatches.kindOf(kind))
                        .isEqualTo(seasoned.match(name, kind));
            }
        }
    }

    private static <T> List<T> backwards(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
