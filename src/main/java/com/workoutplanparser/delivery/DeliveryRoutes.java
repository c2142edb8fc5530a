package com.workoutplanparser.delivery;

import lombok.RequiredArgsConstructor;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.springframework.stereotype.Component;

/**
 * The outbox worker. {@code plan-delivery-poll} claims the due plan_delivery rows every poll interval and hands
 * each to {@code plan-deliver}, whose consumers (workers) send them at once: a target that hangs holds one
 * consumer until its timeout, never the poll or the other targets. Each attempt's outcome is recorded on its row;
 * a failed attempt is retried after a doubling wait by a later poll (so retries survive a restart and can be
 * taken by another instance), and after the last attempt the row is FAILED with the reason.
 * <p>
 * Errors of an attempt are handled once, by {@code delivery-errors}; no other error handling applies here.
 */
@Component
@RequiredArgsConstructor
public class DeliveryRoutes extends RouteBuilder {

    private final DeliverySettings settings;

    @Override
    public void configure() {
        httpTimeouts("http");
        httpTimeouts("https");

        from("scheduler:plan-delivery?delay=" + settings.pollInterval().toMillis() + "&initialDelay=1000")
                .routeId("plan-delivery-poll")
                .routeConfigurationId(DeliveryErrorsConfiguration.DELIVERY_POLL_ERRORS)
                .bean("planDeliveries", "claimDue")
                .split(body())
                    .to("seda:plan-deliver?size=" + (settings.workers() * 8) + "&blockWhenFull=true")
                .end();

        from("seda:plan-deliver?concurrentConsumers=" + settings.workers())
                .routeId("plan-deliver")
                .routeConfigurationId(DeliveryErrorsConfiguration.DELIVERY_ERRORS)
                .bean("planDeliveries", "prepare")
                .toD("${exchangeProperty." + PlanDeliveries.TARGET_URI + "}")
                .bean("planDeliveries", "delivered")
                .log(LoggingLevel.DEBUG, "Delivery ${header." + PlanDeliveries.DELIVERY_ID_HEADER + "} sent");
    }

    /**
     * camel-http has its timeouts on the component, not the endpoint: a target that accepts the connection and
     * never answers would otherwise hold a worker for minutes.
     */
    private void httpTimeouts(String scheme) {
        if (getContext().hasComponent(scheme) == null && getContext().getComponent(scheme, false) == null) {
            try {
                getContext().getComponent(scheme, true);
            } catch (RuntimeException e) {
                return; // no camel-http on the classpath
            }
        }
        if (getContext().getComponent(scheme) instanceof HttpComponent http) {
            long ms = settings.timeout().toMillis();
            http.setConnectTimeout(ms);
            http.setConnectionRequestTimeout(ms);
            http.setResponseTimeout(ms);
            http.setSoTimeout(ms);
        }
    }
}
