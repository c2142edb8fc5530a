package com.workoutplanparser.plan;

import com.workoutplanparser.match.MatchLevel;
import com.workoutplanparser.match.MatchResult;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exercises a reader produced but nobody understood: their name matches nothing in the catalog (no candidate,
 * or only below the lowest level). Reading the numbers of a line is not understanding it: such a line goes to
 * the LLM in hybrid mode, and is shown to the reviewer beside the unread lines when it stays like that.
 */
public final class NotUnderstood {

    private NotUnderstood() {
    }

    public static boolean isNotUnderstood(MatchResult match) {
        return match == null || match.best() == null || match.level() == MatchLevel.UNMATCHED;
    }

    public static List<MatchedExercise> exercises(MatchedPlan plan) {
        return plan.exercises().stream().filter(e -> isNotUnderstood(e.match())).toList();
    }

    /** The source lines of the not-understood exercises (exercises grouped from several rows have none). */
    public static Set<Integer> lines(MatchedPlan plan) {
        Set<Integer> lines = new TreeSet<>();
        for (MatchedExercise e : exercises(plan)) {
            if (e.parsed().lineNumber() > 0) {
                lines.add(e.parsed().lineNumber());
            }
        }
        return lines;
    }

    /**
     * How well a name is understood, for choosing between two readings of one line: the match confidence,
     * and 0 for a name that matches nothing.
     */
    public static double fit(MatchResult match) {
        return isNotUnderstood(match) ? 0.0 : match.confidence();
    }
}
