package com.workoutplanparser.review;

import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/reviews} (the queue, paged, oldest first) and {@code GET /api/v1/reviews/{id}}. */
@Component
@RequiredArgsConstructor
public class ReviewQueryRoutes extends ApiRouteBuilder {

    private final ReviewQueries queries;

    @Override
    public void configure() {
        endpoint("get", "/api/v1/reviews", null, "list-reviews",
                "The review queue, oldest first; query: status (PENDING, APPROVED, REJECTED), userId, source, page, size",
                rest -> rest
                    .param().name("status").type(RestParamType.query).required(false).dataType("string")
                        .description("PENDING (default), APPROVED or REJECTED").endParam()
                    .param().name("userId").type(RestParamType.query).required(false).dataType("string")
                        .description("only this user's items (reviewers)").endParam()
                    .param().name("source").type(RestParamType.query).required(false).dataType("string")
                        .description("only items from this source (rest, file, email, an ops route)").endParam()
                    .param().name("page").type(RestParamType.query).required(false).dataType("integer")
                        .description("page number, from 0").endParam()
                    .param().name("size").type(RestParamType.query).required(false).dataType("integer")
                        .description("items per page").endParam())
                .process(ok(exchange -> queries.list(caller(exchange), exchange.getMessage())));
        getJson("/api/v1/reviews", "/{id}", "get-review",
                "A review item: raw text, parsed plan, matches with alternatives, unread lines")
                .process(ok(exchange -> queries.find(caller(exchange), exchange.getMessage().getHeader("id", String.class))));
    }
}
