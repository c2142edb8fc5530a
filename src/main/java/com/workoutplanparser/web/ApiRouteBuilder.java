package com.workoutplanparser.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.rest.RestDefinition;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Base for the routes behind REST endpoints: each starts authenticated, under the {@code rest-errors}
 * configuration, and answers with JSON written by our own code (binding mode is off: camel.rest in application.yaml).
 * An endpoint is one line: {@code getJson("/api/v1/things", "/{id}", "get-thing", "A thing").process(...)}.
 */
public abstract class ApiRouteBuilder extends RouteBuilder {

    /** The header the authenticating step ({@code apiTokenAuthenticator}) sets to the calling {@link ApiCaller}. */
    public static final String CALLER_HEADER = "workoutUser";

    /** One REST definition per base path, so its endpoints stay grouped (and in the same order) in the OpenAPI doc. */
    private final Map<String, RestDefinition> rests = new HashMap<>();
    private Json json;

    /** Injected here, not through each route's constructor: a route's constructor names only what its endpoints use. */
    @Autowired
    final void useJson(Json json) {
        this.json = json;
    }

    protected RouteDefinition getJson(String base, String path, String name, String description) {
        return endpoint("get", base, path, name, description, rest -> rest);
    }

    protected RouteDefinition postJson(String base, String path, String name, String description) {
        return endpoint("post", base, path, name, description, rest -> rest);
    }

    protected RouteDefinition putJson(String base, String path, String name, String description) {
        return endpoint("put", base, path, name, description, rest -> rest);
    }

    /**
     * {@code verb base+path}, declared as the REST route {@code rest-<name>} that answers JSON (the base path groups
     * it in the OpenAPI doc; {@code declare} adds its parameters), handed to the API route {@code <name>}, which is
     * returned for its steps.
     */
    protected RouteDefinition endpoint(String verb, String base, String path, String name, String description,
                                       UnaryOperator<RestDefinition> declare) {
        declare.apply(rests.computeIfAbsent(base, this::rest).verb(verb, path).routeId("rest-" + name).produces(ApiReply.JSON)
                .description(description)).to("direct:" + name);
        return fromApi(name);
    }

    /** {@code from("direct:<name>")} with routeId {@code name}, the API error policy and the caller authenticated. */
    protected RouteDefinition fromApi(String name) {
        return fromApi(name, name);
    }

    protected RouteDefinition fromApi(String endpoint, String routeId) {
        return from("direct:" + endpoint).routeId(routeId)
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator");
    }

    protected static ApiCaller caller(Exchange exchange) {
        return exchange.getMessage().getHeader(CALLER_HEADER, ApiCaller.class);
    }

    /** A 403 with {@code message} unless the caller is an admin: the admin-only operations start with this. */
    protected static void requireAdmin(Exchange exchange, String message) {
        if (!caller(exchange).isAdmin()) {
            throw ApiException.forbidden(message);
        }
    }

    /** The request's JSON body; an empty body reads as {@code {}}, so a missing field gets its default. */
    protected JsonNode jsonBody(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        return json.read(body == null || body.isBlank() ? "{}" : body);
    }

    /** The {@code {id}} of the path, a 400 that names {@code what} when it is not a UUID. */
    protected static UUID pathId(Exchange exchange, String what) {
        return Ids.uuid(exchange.getMessage().getHeader("id", String.class), what);
    }

    /**
     * What {@code find} gives for {@code id} if the caller may see it (its owner, reviewers and admins); anyone else
     * gets the same 404 as for an id that does not exist, so ids of other users' data cannot be probed.
     */
    protected static <T> T visible(Exchange exchange, UUID id, String what, Function<UUID, Optional<T>> find,
                                   Function<T, UUID> owner) {
        ApiCaller user = caller(exchange);
        return find.apply(id).filter(row -> user.isReviewer() || owner.apply(row).equals(user.id()))
                .orElseThrow(() -> ApiException.notFound("No " + what + " " + id + " is visible to you."));
    }

    /** Answers 200 with what {@code answer} gives for the request, as JSON. */
    protected Processor ok(Function<Exchange, Object> answer) {
        return exchange -> reply(exchange, 200, answer.apply(exchange));
    }

    /** Sets status and JSON body ({@link ApiReply}). */
    protected void reply(Exchange exchange, int status, Object body) {
        ApiReply.json(exchange.getMessage(), status, json.write(body));
    }

    protected Json json() {
        return json;
    }
}
