package com.workoutplanparser.review;

import com.workoutplanparser.pipeline.ErrorHandlingConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/reviews} (the queue, paged, oldest first) and {@code GET /api/v1/reviews/{id}}. */
@Component
public class ReviewQueryRoutes extends RouteBuilder {

    @Override
    public void configure() {
        rest("/api/v1/reviews")
                .get().routeId("rest-list-reviews").produces("application/json")
                    .description("The review queue, oldest first; query: status (PENDING, APPROVED, REJECTED), userId, source, page, size")
                    .to("direct:list-reviews")
                .get("/{id}").routeId("rest-get-review").produces("application/json")
                    .description("A review item: raw text, parsed plan, matches with alternatives, unread lines")
                    .to("direct:get-review");

        from("direct:list-reviews").routeId("list-reviews")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .bean("reviewQueries", "list");

        from("direct:get-review").routeId("get-review")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .bean("reviewQueries", "find");
    }
}
