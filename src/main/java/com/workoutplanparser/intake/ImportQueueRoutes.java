package com.workoutplanparser.intake;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The queue's workers: {@code import-queue} polls PostgreSQL for waiting imports ({@link ImportQueue});
 * each claimed import runs through {@code work-import} into the pipeline on one of this instance's workers.
 */
@Component
public class ImportQueueRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("scheduler:import-queue?delay={{workout.queue.poll-ms}}&initialDelay=1000")
                .routeId("import-queue")
                .autoStartup("{{workout.queue.enabled}}")
                .bean("importQueue", "poll");

        // ops routes (routes/*.yaml): loaded at start and reloaded on change, each file on its own
        from("scheduler:ops-routes?delay={{workout.routes.scan-ms}}&initialDelay=500")
                .routeId("ops-routes")
                .bean("opsRoutes", "scan");

        from("direct:work-import").routeId("work-import")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .to("direct:process-import");
    }
}
