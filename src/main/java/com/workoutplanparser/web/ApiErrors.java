package com.workoutplanparser.web;

import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Turns the exception a REST route caught into the HTTP status and JSON error body the caller gets. */
@Component("apiErrors")
@RequiredArgsConstructor
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Json json;

    public void write(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ErrorBody body;
        if (cause instanceof ApiException api) { // also a submission whose text an intake refused
            body = new ErrorBody(api.status(), api.code(), api.getMessage());
        } else if (DatabaseUnavailable.isCause(cause)) {
            // Answered at once (Hikari's connection-timeout bounds the wait) instead of a 500 after 30 s.
            // Nothing of this request was acknowledged; an import it had already recorded is finished by the queue.
            log.warn("Request {} refused: the database is unavailable ({})", exchange.getExchangeId(), LogSafeCause.of(cause));
            body = new ErrorBody(503, "database_unavailable", "The service cannot get a database connection right now"
                    + " (the database is down or every connection is busy). Send the request again in a few seconds.");
            exchange.getMessage().setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        } else {
            // The cause's messages may quote user data (plan text, addresses): the caller gets a reference, the log
            // gets where it failed, without the messages.
            log.error("Request {} failed: {}", exchange.getExchangeId(), LogSafeCause.of(cause));
            body = new ErrorBody(500, "internal_error",
                    "The service could not handle the request (reference " + exchange.getExchangeId()
                            + "). Nothing was lost: try again, or tell the operators the reference.");
        }
        ApiReply.json(exchange.getMessage(), body.status(), json.write(body));
    }
}
