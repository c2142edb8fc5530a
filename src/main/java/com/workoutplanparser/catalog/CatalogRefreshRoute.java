package com.workoutplanparser.catalog;

import lombok.RequiredArgsConstructor;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Catalog changes reach every instance: each polls the change counter (bumped in the transaction of every
 * catalog write by a database trigger) and rebuilds its matcher on the timer thread, off the request path,
 * when the counter moved past the version its matcher was built at. The instance that made a change has
 * already rebuilt, so it does not rebuild again.
 */
@Component
@RequiredArgsConstructor
public class CatalogRefreshRoute extends RouteBuilder {

    private final ExerciseCatalog catalog;

    @Override
    public void configure() {
        // a failed poll (database restarting) is only logged: the next tick tries again
        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "Catalog change poll failed, retried at the next tick: ${exception.message}");

        from("timer:catalog-refresh?period={{workout.catalog.refresh-period}}&delay={{workout.catalog.refresh-period}}")
                .routeId("catalog-refresh")
                .to("sql:" + ExerciseStore.CATALOG_VERSION + "?outputType=SelectOne")
                .filter().method(catalog, "isBehind")
                    .log(LoggingLevel.INFO, "Catalog changed (change ${body}): rebuilding the exercise index")
                    .bean(catalog, "refresh")
                .end();
    }
}
