package com.workoutplanparser.intake;

import com.workoutplanparser.pipeline.ImportHeaders;
import com.workoutplanparser.store.ImportLogSql;
import com.workoutplanparser.user.ApiTokens;
import com.workoutplanparser.pipeline.ErrorHandlingConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Where every intake meets: the submission is recorded in workout_import_log (RECEIVED) before anything
 * else, so nothing accepted can vanish, and then processed.
 * Body in: the plan text; headers: workoutUserId, workoutSource, optionally workoutSourceRef.
 */
@Component
public class IntakeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:intake").routeId("intake")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .process(exchange -> {
                    var msg = exchange.getMessage();
                    String text = msg.getMandatoryBody(String.class);
                    msg.setHeader(ImportHeaders.IMPORT_ID, UUID.randomUUID());
                    msg.setHeader(ImportHeaders.CONTENT_HASH, ApiTokens.hash(text));
                    if (msg.getHeader(ImportHeaders.SOURCE_REF) == null) {
                        msg.setHeader(ImportHeaders.SOURCE_REF, null);
                    }
                })
                .to("sql:" + ImportLogSql.INSERT_RECEIVED + "?noop=true")
                .to("direct:process-import");
    }
}
