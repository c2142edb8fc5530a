package com.workoutplanparser.pipeline;

import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.web.Json;
import com.workoutplanparser.web.LogSafeCause;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Words for a failed import: short, free of the plan's text, and stored with the import. */
@Component("importFailures")
@RequiredArgsConstructor
public class ImportFailures {

    private static final Logger log = LoggerFactory.getLogger(ImportFailures.class);
    private static final int MAX_REASON = 300;

    private final Json json;

    public void describe(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ImportResult current = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        if (current == null) { // an exchange that never carried an import: the failure still gets its FAILED answer
            current = ImportResult.recorded(null, null, null, null, ImportStatus.PROCESSING);
        }
        UUID importId = current.importId();
        log.error("Import {} failed while processing: {}", importId, LogSafeCause.of(cause));
        String reason = reason(cause);
        ImportResponse response = ImportResponse.failed(importId, reason);
        exchange.setProperty(ImportResult.PROPERTY, current.failed(reason, response, json.write(response)));
        exchange.getMessage().setBody(response);
    }

    static String reason(Throwable cause) {
        if (cause == null) {
            return "Processing failed for an unknown reason.";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        String reason = "Processing failed (" + root.getClass().getSimpleName() + message + ")";
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }
}
