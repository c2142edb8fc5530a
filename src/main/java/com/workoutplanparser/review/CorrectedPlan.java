package com.workoutplanparser.review;

import com.workoutplanparser.store.PlanStore;

import java.util.List;

/** The plan as the reviewer approved it, and the match corrections made on the way. */
public record CorrectedPlan(List<PlanStore.NewDay> days, List<MatchCorrection> corrections) {

    public CorrectedPlan {
        days = List.copyOf(days);
        corrections = List.copyOf(corrections);
    }

    public int exerciseCount() {
        return days.stream().mapToInt(d -> d.exercises().size()).sum();
    }
}
