package com.workoutplanparser.pipeline;

import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.web.Json;
import com.workoutplanparser.web.LogSafeCause;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Words for a failed import: short, free of the plan's text, and stored with the import. */
@Component("importFailures")
public class ImportFailures {

    private static final Logger log = LoggerFactory.getLogger(ImportFailures.class);
    private static final int MAX_REASON = 300;

    private final Json json;

    public ImportFailures(Json json) {
        this.json = json;
    }

    public void describe(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        UUID importId = exchange.getMessage().getHeader(ImportHeaders.IMPORT_ID, UUID.class);
        log.error("Import {} failed while processing: {}", importId, LogSafeCause.of(cause));
        String reason = reason(cause);
        var msg = exchange.getMessage();
        msg.setHeader(ImportHeaders.STATUS, "FAILED");
        msg.setHeader(ImportHeaders.ERROR, reason);
        ImportResponse response = ImportResponse.failed(importId, reason);
        msg.setHeader(ImportHeaders.RESPONSE_JSON, json.write(response));
        msg.setBody(response);
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
