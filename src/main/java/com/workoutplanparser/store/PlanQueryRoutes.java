package com.workoutplanparser.store;

import com.workoutplanparser.web.ApiCaller;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.Ids;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** {@code GET /api/v1/workout-plans/{id}}: a stored plan with its days and matched exercises. */
@Component
public class PlanQueryRoutes extends ApiRouteBuilder {

    private final PlanStore plans;

    public PlanQueryRoutes(PlanStore plans, Json json) {
        super(json);
        this.plans = plans;
    }

    @Override
    public void configure() {
        rest("/api/v1/workout-plans")
                .get("/{id}").routeId("rest-get-plan").produces("application/json")
                    .description("A stored workout plan")
                    .to("direct:get-plan");

        fromApi("get-plan").process(this::find);
    }

    private void find(Exchange exchange) {
        ApiCaller user = caller(exchange);
        UUID id = Ids.uuid(exchange.getMessage().getHeader("id", String.class), "workout plan");
        var plan = plans.find(id)
                .filter(p -> user.isReviewer() || p.userId().equals(user.id()))
                .orElseThrow(() -> ApiException.notFound("No workout plan " + id + " is visible to you."));
        reply(exchange, 200, plan);
    }
}
