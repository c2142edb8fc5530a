package com.workoutplanparser.store;

import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.plan.ImportResult;
import lombok.RequiredArgsConstructor;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Turns the decided import's matched plan into rows, with the import's outcome. */
@Component("planWriter")
@RequiredArgsConstructor
public class PlanWriter {

    private final PlanStore plans;
    private final ImportLogWriter importLog;

    /** store-plan: the plan and the import's STORED outcome in one statement; a late attempt stores neither. */
    public void storeWithOutcome(@ExchangeProperty(ImportResult.PROPERTY) ImportResult result) {
        PlanStore.NewPlan plan = toNewPlan(result.plan(), result.planId(), result.userId(), result.importId());
        if (!plans.insertWithOutcome(plan, result.rowWritten(), importLog.parameters(result))) {
            ImportLogGuard.requireOutcomeRecorded(0, result.importId());
        }
    }

    public static PlanStore.NewPlan toNewPlan(MatchedPlan plan, UUID planId, UUID userId, UUID importId) {
        return new PlanStore.NewPlan(planId, userId, importId, plan.reading().result().title(),
                plan.days().stream().map(d -> new PlanStore.NewDay(d.label(), d.week(),
                        d.exercises().stream().map(x -> new PlanStore.NewExercise(x.parsed(), x.match())).toList()))
                        .toList());
    }
}
