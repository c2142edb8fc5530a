package com.workoutplanparser.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code workout.delivery.*} (delivery.yaml): where stored plans go and how hard the service tries.
 *
 * @param uris         PLAN_DELIVERY_URIS: Camel endpoint URIs, comma separated, each with an optional
 *                     {@code deliveryFormat} parameter (see {@link DeliveryTargets})
 * @param maxAttempts  attempts per delivery; after the last failed one it is FAILED with the reason
 * @param firstRetry   the wait after the first failed attempt; it doubles after each further one
 * @param maxRetry     the longest wait between two attempts
 * @param pollInterval how often due deliveries are looked for
 * @param workers      deliveries sent at once by this instance
 * @param timeout      connect and response timeout of HTTP targets
 * @param lease        how long a claimed delivery is this instance's; then another may claim it
 */
@ConfigurationProperties(prefix = "workout.delivery")
public record DeliverySettings(
        @DefaultValue("") String uris,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("5s") Duration firstRetry,
        @DefaultValue("10m") Duration maxRetry,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("4") int workers,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2m") Duration lease) {

    public DeliverySettings {
        uris = uris == null ? "" : uris;
        maxAttempts = Math.max(1, maxAttempts);
        workers = Math.max(1, workers);
        // a lease shorter than an attempt could let a second instance send the same delivery while the first waits
        if (lease.compareTo(timeout.multipliedBy(3)) < 0) lease = timeout.multipliedBy(3);
    }

    /** The wait after failed attempt number {@code attempt} (1-based): firstRetry, doubled each time, capped. */
    public Duration backoff(int attempt) {
        int doublings = Math.min(Math.max(0, attempt - 1), 30);
        Duration d = firstRetry.multipliedBy(1L << doublings);
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }
}
