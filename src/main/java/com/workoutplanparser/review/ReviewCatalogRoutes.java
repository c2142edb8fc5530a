package com.workoutplanparser.review;

import com.workoutplanparser.catalog.ExerciseCatalog;
import com.workoutplanparser.catalog.ExerciseStore;
import com.workoutplanparser.pipeline.ErrorHandlingConfiguration;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/review-catalog?q=}: the review page's catalog search (read-only), for choosing an
 * exercise the matcher did not propose. Replaced by the catalog API's search once the page uses it.
 */
@Component
public class ReviewCatalogRoutes extends RouteBuilder {

    private final ExerciseStore exercises;
    private final ExerciseCatalog catalog;
    private final Json json;
    private final int limit;

    public ReviewCatalogRoutes(ExerciseStore exercises, ExerciseCatalog catalog, Json json,
                               @Value("${workout.review.catalog-search-limit}") int limit) {
        this.exercises = exercises;
        this.catalog = catalog;
        this.json = json;
        this.limit = limit;
    }

    @Override
    public void configure() {
        rest("/api/v1/review-catalog")
                .get().routeId("rest-review-catalog").produces("application/json")
                    .description("Search the exercise catalog by name; query: q")
                    .to("direct:review-catalog");

        from("direct:review-catalog").routeId("review-catalog")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .process(this::search);
    }

    private void search(Exchange exchange) {
        var msg = exchange.getMessage();
        String q = msg.getHeader("q", "", String.class).strip();
        var hits = CatalogSearch.search(q, exercises.findAll(), q.isEmpty() ? null : catalog.match(q), limit);
        msg.removeHeaders("workout*");
        msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
        msg.setBody(json.write(java.util.Map.of("query", q, "items", hits)));
    }
}
