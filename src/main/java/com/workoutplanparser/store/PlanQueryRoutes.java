package com.workoutplanparser.store;

import com.workoutplanparser.pipeline.ErrorHandlingConfiguration;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.Ids;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** {@code GET /api/v1/workout-plans/{id}}: a stored plan with its days and matched exercises. */
@Component
public class PlanQueryRoutes extends RouteBuilder {

    private final PlanStore plans;
    private final Json json;

    public PlanQueryRoutes(PlanStore plans, Json json) {
        this.plans = plans;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/workout-plans")
                .get("/{id}").routeId("rest-get-plan").produces("application/json")
                    .description("A stored workout plan")
                    .to("direct:get-plan");

        from("direct:get-plan").routeId("get-plan")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .process(this::find);
    }

    private void find(Exchange exchange) {
        var msg = exchange.getMessage();
        AppUser user = msg.getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
        UUID id = Ids.uuid(msg.getHeader("id", String.class), "workout plan");
        var plan = plans.find(id)
                .filter(p -> user.isReviewer() || p.userId().equals(user.id()))
                .orElseThrow(() -> ApiException.notFound("No workout plan " + id + " is visible to you."));
        msg.removeHeaders("workout*");
        msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
        msg.setBody(json.write(plan));
    }
}
