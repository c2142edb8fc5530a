package com.workoutplanparser.store;

import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/workout-plans/{id}}: a stored plan with its days and matched exercises. */
@Component
@RequiredArgsConstructor
public class PlanQueryRoutes extends ApiRouteBuilder {

    private final PlanStore plans;

    @Override
    public void configure() {
        getJson("/api/v1/workout-plans", "/{id}", "get-plan", "A stored workout plan")
                .process(ok(exchange -> visible(exchange, pathId(exchange, "workout plan"), "workout plan", plans::find,
                        PlanStore.StoredPlan::userId)));
    }
}
