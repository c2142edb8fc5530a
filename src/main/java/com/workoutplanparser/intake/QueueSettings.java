package com.workoutplanparser.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** workout.queue.*: how this instance works the shared import queue. */
@Component
public class QueueSettings {

    private final int workers;
    private final int leaseSeconds;
    private final int maxAttempts;
    private final String instanceId;
    private volatile Runnable wake = () -> { };

    public QueueSettings(@Value("${workout.queue.workers:4}") int workers,
                         @Value("${workout.queue.lease-seconds:300}") int leaseSeconds,
                         @Value("${workout.queue.max-attempts:3}") int maxAttempts,
                         @Value("${workout.queue.instance-id:}") String instanceId) {
        this.workers = Math.max(1, workers);
        this.leaseSeconds = Math.max(5, leaseSeconds);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.instanceId = instanceId == null || instanceId.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : instanceId.strip();
    }

    public int workers() {
        return workers;
    }

    public int leaseSeconds() {
        return leaseSeconds;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public String instanceId() {
        return instanceId;
    }

    /** What wakes this instance's queue workers ({@link ImportQueue#wake}). */
    void onReceived(Runnable wake) {
        this.wake = wake;
    }

    /**
     * A submission was recorded; one left to the queue wakes the workers, once it is committed (inside a transaction,
     * a worker woken now could not see the row yet and would wait for the next poll).
     */
    void received(boolean processedNow) {
        if (processedNow) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.run();
                }
            });
        } else {
            wake.run();
        }
    }
}
