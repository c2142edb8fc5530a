package com.workoutplanparser.flow;

import com.workoutplanparser.store.ImportLogSql;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * Error policy, declared once for all routes:
 * <ul>
 *   <li>{@code rest-errors}: API routes answer every failure with a status and a JSON body that says what to do.</li>
 *   <li>{@code import-errors}: an import that fails while it is processed is recorded as FAILED with the
 *       reason, so nothing accepted vanishes; the caller gets that FAILED import back.</li>
 *   <li>{@code pipeline-steps}: the routes process-import calls (parse, store, review…) handle nothing
 *       themselves; their failures (after rolling back their transaction) reach import-errors. A step with
 *       its own error handler would mark the failure exhausted and the caller would never see it.</li>
 * </ul>
 */
@Component
public class ErrorHandlingConfiguration extends RouteConfigurationBuilder {

    public static final String REST_ERRORS = "rest-errors";
    public static final String IMPORT_ERRORS = "import-errors";
    public static final String PIPELINE_STEPS = "pipeline-steps";

    @Override
    public void configuration() {
        routeConfiguration(REST_ERRORS)
                .onException(Exception.class)
                    .handled(true)
                    .bean("apiErrors", "write")
                .end();

        routeConfiguration(IMPORT_ERRORS)
                // A late attempt (expired lease) lost the race: its work was rolled back, the import keeps the
                // outcome the other attempt gave it, and recording FAILED here would overwrite that.
                .onException(ImportAlreadyDecidedException.class)
                    .handled(true)
                    .log(LoggingLevel.WARN, "${exception.message}")
                .end()
                .onException(Exception.class)
                    .handled(true)
                    .bean("importFailures", "describe")
                    .to("sql:" + ImportLogSql.RECORD_FAILURE + "?noop=true")
                    .bean("importMetrics", "outcome")
                .end();

        routeConfiguration(PIPELINE_STEPS).errorHandler(noErrorHandler());
    }
}
