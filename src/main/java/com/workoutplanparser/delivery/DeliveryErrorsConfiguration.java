package com.workoutplanparser.delivery;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code delivery-errors}: a failed delivery attempt (the target refused, timed out, or its plan could not be
 * written) is recorded on its plan_delivery row, retried later or FAILED after the last attempt. Handled, so the
 * worker goes on with the next delivery; Camel's own redelivery is not used, the row's next attempt is the retry.
 */
@Component
public class DeliveryErrorsConfiguration extends RouteConfigurationBuilder {

    public static final String DELIVERY_ERRORS = "delivery-errors";
    /** The poll itself (the database is away): one line, and the next poll tries again. */
    public static final String DELIVERY_POLL_ERRORS = "delivery-poll-errors";

    @Override
    public void configuration() {
        routeConfiguration(DELIVERY_ERRORS)
                .onException(Exception.class)
                    .handled(true)
                    .bean("planDeliveries", "attemptFailed")
                .end();

        routeConfiguration(DELIVERY_POLL_ERRORS)
                .onException(Exception.class)
                    .handled(true)
                    .log(LoggingLevel.WARN, "Looking for due plan deliveries failed, tried again at the next poll: "
                            + "${exception.class.simpleName}")
                .end();
    }
}
