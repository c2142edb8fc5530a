package com.workoutplanparser.web;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * Base for the routes behind REST endpoints: each starts authenticated, under the {@code rest-errors}
 * configuration, and answers with JSON written by our own code (binding mode is off).
 */
public abstract class ApiRouteBuilder extends RouteBuilder {

    private final Json json;

    protected ApiRouteBuilder(Json json) {
        this.json = json;
    }

    /** {@code from("direct:<name>")} with routeId {@code name}, the API error policy and the caller authenticated. */
    protected RouteDefinition fromApi(String name) {
        return from("direct:" + name).routeId(name)
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator");
    }

    protected static AppUser caller(Exchange exchange) {
        return exchange.getMessage().getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
    }

    /** Sets status and JSON body; internal headers never leave as HTTP response headers. */
    protected void reply(Exchange exchange, int status, Object body) {
        var msg = exchange.getMessage();
        msg.removeHeaders("workout*");
        msg.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
        msg.setBody(json.write(body));
    }

    protected Json json() {
        return json;
    }
}
