package com.workoutplanparser.retention;

import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The retention purge ({@link RetentionPurge}): {@code retention-daily} runs it once a day on every instance
 * (the deletes are idempotent, so instances racing remove each row once); {@code POST /api/v1/admin/retention}
 * (admins only) runs it now and answers what it removed.
 */
@Component
@RequiredArgsConstructor
public class RetentionRoutes extends ApiRouteBuilder {

    private final RetentionPurge purge;
    private final RetentionSettings settings;

    @Override
    public void configure() {
        from("timer:retention?delay=" + settings.initialDelay().toMillis() + "&period=" + settings.period().toMillis())
                .routeId("retention-daily")
                .process(exchange -> purge.purge());

        postJson("/api/v1/admin", "/retention", "run-retention",
                "Delete imports and their text older than IMPORT_RETENTION_DAYS now (admins only)").process(exchange -> {
            requireAdmin(exchange, "Only admins can run the retention purge.");
            reply(exchange, 200, purge.purge());
        });
    }
}
