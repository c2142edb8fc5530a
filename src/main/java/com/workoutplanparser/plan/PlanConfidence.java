package com.workoutplanparser.plan;

import com.workoutplanparser.match.MatchLevel;
import com.workoutplanparser.match.MatchResult;

import java.util.List;

/**
 * The plan's confidence: how many exercises matched at each level, and the mean confidence over all
 * exercises (an unmatched one counts as 0, so one unknown exercise visibly lowers the plan).
 */
public record PlanConfidence(double overall, int high, int medium, int low, int unmatched) {

    public static PlanConfidence of(List<MatchResult> matches) {
        int[] counts = new int[MatchLevel.values().length];
        double sum = 0;
        for (MatchResult m : matches) {
            counts[m.level().ordinal()]++;
            sum += m.confidence();
        }
        double overall = matches.isEmpty() ? 0.0 : Math.round(sum / matches.size() * 1000) / 1000.0;
        return new PlanConfidence(overall, counts[MatchLevel.HIGH.ordinal()], counts[MatchLevel.MEDIUM.ordinal()],
                counts[MatchLevel.LOW.ordinal()], counts[MatchLevel.UNMATCHED.ordinal()]);
    }

    public int total() {
        return high + medium + low + unmatched;
    }

    public boolean allHigh() {
        return total() > 0 && high == total();
    }
}
