package com.workoutplanparser.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.positive;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * {@code workout.delivery.*} (delivery.yaml, which holds the defaults): where stored plans go and how hard the service tries.
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
public record DeliverySettings(String uris, int maxAttempts, Duration firstRetry, Duration maxRetry,
                               Duration pollInterval, int workers, Duration timeout, Duration lease) {

    public DeliverySettings {
        uris = text(uris);
        atLeast("workout.delivery.max-attempts", maxAttempts, 1);
        positive("workout.delivery.first-retry", firstRetry);
        positive("workout.delivery.max-retry", maxRetry);
        positive("workout.delivery.poll-interval", pollInterval);
        atLeast("workout.delivery.workers", workers, 1);
        positive("workout.delivery.timeout", timeout);
        positive("workout.delivery.lease", lease);
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
