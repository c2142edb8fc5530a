package com.workoutplanparser.retention;

import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.Json;
import org.springframework.stereotype.Component;

/**
 * The retention purge ({@link RetentionPurge}): {@code retention-daily} runs it once a day on every instance
 * (the deletes are idempotent, so instances racing remove each row once); {@code POST /api/v1/admin/retention}
 * (admins only) runs it now and answers what it removed.
 */
@Component
public class RetentionRoutes extends ApiRouteBuilder {

    private final RetentionPurge purge;
    private final RetentionSettings settings;

    public RetentionRoutes(RetentionPurge purge, RetentionSettings settings, Json json) {
        super(json);
        this.purge = purge;
        this.settings = settings;
    }

    @Override
    public void configure() {
        from("timer:retention?delay=" + settings.initialDelay().toMillis() + "&period=" + settings.period().toMillis())
                .routeId("retention-daily")
                .process(exchange -> purge.purge());

        rest("/api/v1/admin").produces("application/json")
                .post("/retention").routeId("rest-run-retention")
                    .description("Delete imports and their text older than IMPORT_RETENTION_DAYS now (admins only)")
                    .to("direct:run-retention");

        fromApi("run-retention").process(exchange -> {
            if (!"admin".equals(caller(exchange).role())) {
                throw ApiException.forbidden("Only admins can run the retention purge.");
            }
            reply(exchange, 200, purge.purge());
        });
    }
}
