package com.workoutplanparser.llm;

import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/llm/check} (admins only): the seed's example plan through the configured model, answered
 * with what it read, latency, tokens and cost, or why it failed ({@link LlmCheck}). 200 when the model read it,
 * 409 when no LLM is configured, 502 when the provider failed or answered outside the schema. Each call is a
 * real, paid call to the provider.
 */
@Component
@RequiredArgsConstructor
public class LlmCheckRoutes extends ApiRouteBuilder {

    private final LlmCheck check;

    @Override
    public void configure() {
        getJson("/api/v1/llm", "/check", "llm-check", "Send the seed's example plan through the configured LLM (admins"
                + " only): what it read, latency, tokens and cost, or why it failed").process(exchange -> {
            requireAdmin(exchange, "Only admins can check the LLM (each check is a paid call).");
            LlmCheck.Report report = check.run();
            reply(exchange, report.status(), report.body());
        });
    }
}
