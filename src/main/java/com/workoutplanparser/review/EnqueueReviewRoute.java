package com.workoutplanparser.review;

import com.workoutplanparser.store.ImportLogSql;
import com.workoutplanparser.pipeline.ErrorHandlingConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Plans that a person must confirm: a PENDING review item and the import's status, in one transaction. */
@Component
public class EnqueueReviewRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:enqueue-review").routeId("enqueue-review")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                .to("sql:" + ImportLogSql.RECORD_OUTCOME + "?noop=true")
                .to("sql:" + ReviewSql.INSERT_PENDING + "?noop=true");
    }
}
