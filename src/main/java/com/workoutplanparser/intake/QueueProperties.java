package com.workoutplanparser.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * {@code workout.queue.*} (intake.yaml, which holds the defaults), as configured; {@link QueueSettings} is what
 * the queue uses (the instance id filled in).
 *
 * @param enabled      QUEUE_ENABLED: whether this instance works the queue
 * @param workers      QUEUE_WORKERS: imports parsed at once by this instance
 * @param pollMs       QUEUE_POLL_MS
 * @param leaseSeconds QUEUE_LEASE_SECONDS: a claimed import is claimed again after this long without renewal
 * @param maxAttempts  QUEUE_MAX_ATTEMPTS: claims that never finished before the import is FAILED
 * @param instanceId   INSTANCE_ID; empty: pid@host with a random suffix
 */
@ConfigurationProperties(prefix = "workout.queue")
public record QueueProperties(boolean enabled, int workers, long pollMs, int leaseSeconds, int maxAttempts,
                              String instanceId) {

    public QueueProperties {
        atLeast("workout.queue.workers", workers, 1);
        atLeast("workout.queue.poll-ms", pollMs, 1);
        // renewed every third of it: shorter would renew more often than a claim is worth
        atLeast("workout.queue.lease-seconds", leaseSeconds, 5);
        atLeast("workout.queue.max-attempts", maxAttempts, 1);
        instanceId = text(instanceId);
    }
}
