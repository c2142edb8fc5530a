package com.workoutplanparser.catalog;

import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.match.MatchContext;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.QueryParameters;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog API. Reading and matching are open to every user; changes are for reviewers and admins, and
 * each change rebuilds the in-memory index at once, so the next plan sees it.
 */
@Component
@RequiredArgsConstructor
public class ExerciseApiRoutes extends ApiRouteBuilder {

    private static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_SIZE = 100;

    private final ExerciseStore store;
    private final ExerciseCatalog catalog;

    @Override
    public void configure() {
        String base = "/api/v1/exercises";
        endpoint("get", base, null, "list-exercises",
                "The catalog, filtered by ?q= (name or alias), a page at a time (page, size, total)", rest -> rest
                    .param().name("q").type(RestParamType.query).required(false).dataType("string")
                        .description("part of a name or alias").endParam()
                    .param().name("page").type(RestParamType.query).required(false).dataType("integer")
                        .description("the page, from 0 (default 0)").endParam()
                    .param().name("size").type(RestParamType.query).required(false).dataType("integer")
                        .description("exercises per page (1 to " + MAX_LIMIT + ", default " + DEFAULT_SIZE + ")").endParam()
                    .param().name("limit").type(RestParamType.query).required(false).dataType("integer")
                        .description("older clients' name for size (the first page only, when size is not given)")
                        .endParam())
                .process(this::list);
        endpoint("get", base, "/match", "match-exercise", "Match one name: ?q=", rest -> rest
                    .param().name("q").type(RestParamType.query).required(true).dataType("string")
                        .description("the exercise name to match").endParam()
                    // the rest of the line: declared, or the edge header policy drops them before the route
                    .param().name("distance").type(RestParamType.query).required(false).dataType("number").endParam()
                    .param().name("duration").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .param().name("calories").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .param().name("load").type(RestParamType.query).required(false).dataType("number").endParam()
                    .param().name("block").type(RestParamType.query).required(false).dataType("string").endParam()
                    .param().name("line").type(RestParamType.query).required(false).dataType("string").endParam())
                .process(this::match);
        getJson(base, "/{id}", "get-exercise", null)
                .process(ok(exchange -> find(exchange.getMessage().getHeader("id", String.class))));
        postJson(base, null, "create-exercise", null).process(this::create);
        putJson(base, "/{id}", "update-exercise", null).process(this::update);
    }

    /** Paged like GET /api/v1/reviews: ?page (from 0) and ?size, answered with page, size and total. */
    private void list(Exchange exchange) {
        var msg = exchange.getMessage();
        String q = msg.getHeader("q", String.class);
        // ?limit=N (older clients) is ?size=N on the first page
        int limit = QueryParameters.integer(msg, "limit", DEFAULT_SIZE, 1, MAX_LIMIT);
        int size = QueryParameters.integer(msg, "size", limit, 1, MAX_LIMIT);
        int page = QueryParameters.integer(msg, "page", 0, 0, Integer.MAX_VALUE / MAX_LIMIT);
        String needle = q == null ? "" : fold(q);
        List<CatalogExercise> matching = store.findAll().stream()
                .filter(e -> needle.isEmpty() || fold(e.name()).contains(needle)
                        || e.aliases().stream().anyMatch(a -> fold(a.text()).contains(needle)))
                .toList();
        List<CatalogExercise> found = matching.stream().skip((long) page * size).limit(size).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exercises", found);
        body.put("count", found.size());
        body.put("page", page);
        body.put("size", size);
        body.put("total", matching.size());
        reply(exchange, 200, body);
    }

    private void match(Exchange exchange) {
        String q = exchange.getMessage().getHeader("q", String.class);
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("missing_query", "Give the name to match as ?q=.");
        }
        MatchResult r = catalog.matcher().match(q, context(exchange));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        if (r.best() == null) {
            body.put("match", null);
        } else {
            Map<String, Object> match = new LinkedHashMap<>();
            match.put("exerciseId", r.best().exerciseId());
            match.put("name", r.best().name());
            match.put("confidence", round(r.confidence()));
            match.put("level", r.level().json());
            match.put("alternatives", r.alternatives().stream()
                    .map(c -> new ImportResponse.Alternative(c.exerciseId(), c.name(), round(c.confidence()))).toList());
            match.put("unmatchedModifiers", r.unmatchedModifiers());
            match.put("contextRule", r.contextRule());
            match.put("note", r.note());
            body.put("match", match);
        }
        reply(exchange, 200, body);
    }

    /** Optional ?distance=500&duration=60&calories=30&block=WOD&line=…: the rest of the line the name came from. */
    private static MatchContext context(Exchange exchange) {
        var m = exchange.getMessage();
        String block = m.getHeader("block", String.class);
        String line = m.getHeader("line", String.class);
        Double distance = m.getHeader("distance", Double.class);
        Integer duration = m.getHeader("duration", Integer.class);
        Integer calories = m.getHeader("calories", Integer.class);
        Double load = m.getHeader("load", Double.class);
        if (block == null && line == null && distance == null && duration == null && calories == null && load == null) {
            return MatchContext.NONE;
        }
        return MatchContext.of(distance, duration, calories, null, load == null ? List.of() : List.of(load), block,
                line);
    }

    private void create(Exchange exchange) {
        requireEditor(exchange);
        CatalogExercise e = input(exchange).toExercise(null);
        if (store.exists(e.id())) {
            throw ApiException.conflict("An exercise with the id '" + e.id() + "' exists: PUT /api/v1/exercises/"
                    + e.id() + " changes it.");
        }
        store.save(e, "api");
        catalog.refresh();
        reply(exchange, 201, find(e.id()));
    }

    private void update(Exchange exchange) {
        requireEditor(exchange);
        String id = exchange.getMessage().getHeader("id", String.class);
        find(id);
        store.save(input(exchange).toExercise(id), "api");
        catalog.refresh();
        reply(exchange, 200, find(id));
    }

    private ExerciseInput input(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("invalid_exercise", "Send the exercise as JSON: {\"name\": \"…\", …}.");
        }
        try {
            return json().mapper().readValue(body, ExerciseInput.class);
        } catch (Exception e) {
            throw ApiException.badRequest("invalid_exercise", "The body is not a valid exercise: " + e.getMessage()
                    .lines().findFirst().orElse(""));
        }
    }

    private CatalogExercise find(String id) {
        return store.findById(id).orElseThrow(() -> ApiException.notFound("No exercise has the id '" + id + "'."));
    }

    private static void requireEditor(Exchange exchange) {
        if (!caller(exchange).isReviewer()) {
            throw ApiException.forbidden("Only reviewers and admins may change the catalog.");
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
