package com.workoutplanparser.review;

import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.Json;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/reviews} (the queue, paged, oldest first) and {@code GET /api/v1/reviews/{id}}. */
@Component
public class ReviewQueryRoutes extends ApiRouteBuilder {

    private final ReviewQueries queries;

    public ReviewQueryRoutes(ReviewQueries queries, Json json) {
        super(json);
        this.queries = queries;
    }

    @Override
    public void configure() {
        rest("/api/v1/reviews").produces("application/json")
                .get().routeId("rest-list-reviews")
                    .description("The review queue, oldest first; query: status (PENDING, APPROVED, REJECTED), userId, source, page, size")
                    .to("direct:list-reviews")
                .get("/{id}").routeId("rest-get-review")
                    .description("A review item: raw text, parsed plan, matches with alternatives, unread lines")
                    .to("direct:get-review");

        fromApi("list-reviews")
                .process(exchange -> reply(exchange, 200, queries.list(caller(exchange), exchange.getMessage())));

        fromApi("get-review")
                .process(exchange -> reply(exchange, 200,
                        queries.find(caller(exchange), exchange.getMessage().getHeader("id", String.class))));
    }
}
