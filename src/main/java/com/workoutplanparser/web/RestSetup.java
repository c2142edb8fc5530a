package com.workoutplanparser.web;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** REST DSL settings shared by every API route; each capability declares its own endpoints. */
@Component
public class RestSetup extends RouteBuilder {

    @Override
    public void configure() {
        restConfiguration()
                .component("platform-http")
                .bindingMode("off") // bodies are read and written by our own code, so their shape is exact
                .apiContextPath("/api-doc")
                .apiContextRouteId("api-doc")
                .apiProperty("api.title", "Workout Plan Parser API")
                .apiProperty("api.version", "1");
    }
}
