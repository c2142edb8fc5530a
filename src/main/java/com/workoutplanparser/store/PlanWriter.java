package com.workoutplanparser.store;

import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.plan.MatchedPlan;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Turns the matched plan on the exchange into rows. */
@Component("planWriter")
public class PlanWriter {

    private final PlanStore plans;

    public PlanWriter(PlanStore plans) {
        this.plans = plans;
    }

    public void insert(Exchange exchange) {
        MatchedPlan plan = exchange.getProperty(ImportHeaders.MATCHED_PLAN, MatchedPlan.class);
        var msg = exchange.getMessage();
        plans.insert(toNewPlan(plan, msg.getHeader(ImportHeaders.PLAN_ID, UUID.class),
                msg.getHeader(ImportHeaders.USER_ID, UUID.class), msg.getHeader(ImportHeaders.IMPORT_ID, UUID.class)));
    }

    public static PlanStore.NewPlan toNewPlan(MatchedPlan plan, UUID planId, UUID userId, UUID importId) {
        return new PlanStore.NewPlan(planId, userId, importId, plan.reading().result().title(),
                plan.days().stream().map(d -> new PlanStore.NewDay(d.label(), d.week(),
                        d.exercises().stream().map(x -> new PlanStore.NewExercise(x.parsed(), x.match())).toList()))
                        .toList());
    }
}
