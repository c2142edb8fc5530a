package com.workoutplanparser.intake;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * How this instance works the shared import queue ({@link QueueProperties}, with the instance id filled in), and
 * the hook through which a recorded submission wakes the queue's workers.
 */
@Component
public class QueueSettings {

    private final int workers;
    private final int leaseSeconds;
    private final int maxAttempts;
    private final String instanceId;
    private volatile Runnable wake = () -> { };

    public QueueSettings(QueueProperties properties) {
        this.workers = properties.workers();
        this.leaseSeconds = properties.leaseSeconds();
        this.maxAttempts = properties.maxAttempts();
        this.instanceId = properties.instanceId().isEmpty()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : properties.instanceId();
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
