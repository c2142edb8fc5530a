package com.workoutplanparser.intake;

import com.workoutplanparser.crypto.PlanTextCipher;
import com.workoutplanparser.metrics.ImportMetrics;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.store.ImportLogSql;
import com.workoutplanparser.web.LogSafeCause;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workers of the durable import queue (workout_import_log itself). Each poll claims, in one statement, at most as
 * many waiting imports as this instance has free workers ({@code workout.queue.workers}), so a claimed import never
 * waits behind others here while another instance is idle; each claimed import goes to direct:process-import
 * on its own worker thread. Leases of running imports are renewed; an import whose worker died is claimed again
 * after its lease expires, and given up (FAILED) after max-attempts.
 * <p>
 * The queue drains at the speed of the work, not of the poll: a submission recorded by this instance wakes the
 * workers once it is committed ({@link QueueSettings#received}), and a worker that finishes while more work was
 * waiting claims the next import at once. The scheduler's poll stays as the fallback that finds what other
 * instances recorded. Exactly-once is the claim statement's (FOR UPDATE SKIP LOCKED), whoever calls it.
 */
@Component("importQueue")
public class ImportQueue {

    private static final Logger log = LoggerFactory.getLogger(ImportQueue.class);

    private final JdbcTemplate jdbc;
    private final QueueSettings settings;
    private final CamelContext camel;
    private final MeterRegistry meters;
    private final PlanTextCipher cipher;
    private final Semaphore free;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final AtomicLong depth = new AtomicLong();
    private final Counter claimed;
    private final ImportMetrics importMetrics;
    /** A wake asked for and not yet run: wakes coalesce into one poll. */
    private final AtomicBoolean wakePending = new AtomicBoolean();
    /** The last claim filled every free worker: more may be waiting, so a finishing worker claims again at once. */
    private volatile boolean moreWaiting;
    private volatile ExecutorService executor;
    private volatile ExecutorService waker;
    private volatile ProducerTemplate producer;
    private volatile long lastRenew = System.nanoTime();
    private volatile long lastDepth;

    /** A folder read lock older than this belongs to an instance that stopped while reading the file: dropped. */
    private final long staleLockSeconds;

    public ImportQueue(JdbcTemplate jdbc, QueueSettings settings, CamelContext camel, MeterRegistry meters,
                       PlanTextCipher cipher,
                       ImportMetrics importMetrics, IntakeSettings intake) {
        this.staleLockSeconds = intake.folder().staleLockSeconds();
        this.jdbc = jdbc;
        this.settings = settings;
        this.camel = camel;
        this.meters = meters;
        this.cipher = cipher;
        this.importMetrics = importMetrics;
        this.free = new Semaphore(settings.workers());
        Gauge.builder("workout.imports.queue", depth, AtomicLong::get)
                .description("Imports waiting for or being parsed (RECEIVED + PROCESSING), all instances")
                .register(meters);
        Gauge.builder("workout.imports.queue.running", running, Set::size)
                .description("Imports being parsed by this instance").register(meters);
        this.claimed = Counter.builder("workout.imports.claimed").description("Imports claimed by this instance's workers")
                .register(meters);
        settings.onReceived(this::wake);
    }

    /** Claims waiting work soon, on the waker thread (never on the caller's: a request or a worker must not wait). */
    public void wake() {
        ExecutorService w = waker;
        if (w == null || !wakePending.compareAndSet(false, true)) {
            return; // not started yet (the first poll comes), or a wake is already on its way
        }
        try {
            w.execute(() -> {
                wakePending.set(false);
                try {
                    poll();
                } catch (RuntimeException e) {
                    log.warn("Waking the import queue failed ({}); the next poll tries again", e.getClass().getSimpleName());
                }
            });
        } catch (RuntimeException stopping) {
            wakePending.set(false);
        }
    }

    /** One scheduler tick: give up on dead imports, renew running leases, claim as much work as there are free workers. */
    public synchronized void poll() {
        ensureStarted();
        long nowNanos = System.nanoTime();
        if (nowNanos - lastDepth > 2_000_000_000L) {
            lastDepth = nowNanos;
            Long n = jdbc.queryForObject(ImportLogSql.QUEUE_DEPTH, Long.class);
            depth.set(n == null ? 0 : n);
            // an instance that stopped while holding a file's read lock would keep that file from everyone; reading
            // and recording a file takes seconds, so an old lock is a dead one (a file read twice is still
            // imported once: its content is deduplicated)
            int stale = jdbc.update("delete from intake_message_id where created_at < now() - make_interval(secs => ?)",
                    staleLockSeconds);
            if (stale > 0) {
                log.warn("Dropped {} folder read lock(s) older than {} s (left by a stopped instance)", stale, staleLockSeconds);
            }
            for (Map<String, Object> dead : jdbc.queryForList(ImportLogSql.GIVE_UP, settings.maxAttempts())) {
                log.error("Import {} was interrupted {} times; recorded as FAILED", dead.get("id"), settings.maxAttempts());
                importMetrics.gaveUp(String.valueOf(dead.get("source")));
            }
        }
        if (nowNanos - lastRenew > settings.leaseSeconds() * 1_000_000_000L / 3) {
            lastRenew = nowNanos;
            for (UUID id : running) {
                jdbc.update(ImportLogSql.RENEW_LEASE, settings.leaseSeconds(), id, settings.instanceId());
            }
        }
        while (free.availablePermits() > 0) {
            int n = free.availablePermits();
            List<Map<String, Object>> rows = jdbc.queryForList(ImportLogSql.CLAIM, settings.leaseSeconds(),
                    settings.instanceId(), settings.maxAttempts(), n);
            moreWaiting = rows.size() == n;
            if (rows.isEmpty()) {
                return;
            }
            for (Map<String, Object> row : rows) {
                free.acquireUninterruptibly();
                UUID id = (UUID) row.get("id");
                running.add(id);
                claimed.increment();
                try {
                    executor.execute(() -> work(row));
                } catch (RuntimeException e) { // stopping: the lease expires and another worker takes it
                    running.remove(id);
                    free.release();
                    throw e;
                }
            }
        }
    }

    /** A claimed row as the exchange direct:process-import takes: the only place that reads a claimed row. */
    private Exchange toExchange(Map<String, Object> row) {
        Exchange exchange = new DefaultExchange(camel);
        var msg = exchange.getMessage();
        msg.setBody(cipher.decrypt((String) row.get("raw_text"))); // stored encrypted (docs/privacy.md)
        // the import's typed state, as the claim statement gave it PROCESSING (never a header: see ImportResult)
        exchange.setProperty(ImportResult.PROPERTY, ImportResult.recorded((UUID) row.get("id"), (UUID) row.get("user_id"),
                (String) row.get("source"), (String) row.get("source_ref"), ImportStatus.PROCESSING));
        exchange.setProperty(ImportMetrics.RECEIVED_AT, row.get("created_at")); // queue wait and end-to-end time
        return exchange;
    }

    private void work(Map<String, Object> row) {
        UUID id = (UUID) row.get("id");
        try {
            Exchange done = producer.send("direct:work-import", toExchange(row));
            if (done.getException() != null) {
                log.error("Import {} could not be processed; it is claimed again after its lease: {}", id,
                        LogSafeCause.of(done.getException()));
            }
        } catch (RuntimeException e) {
            log.error("Import {} could not be processed; it is claimed again after its lease: {}", id, LogSafeCause.of(e));
        } finally {
            running.remove(id);
            free.release();
            if (moreWaiting) {
                wake();
            }
        }
    }

    public int running() {
        return running.size();
    }

    private void ensureStarted() {
        if (executor == null) {
            synchronized (this) {
                if (executor == null) {
                    producer = camel.createProducerTemplate();
                    executor = camel.getExecutorServiceManager()
                            .newFixedThreadPool(this, "import-worker", settings.workers());
                    waker = camel.getExecutorServiceManager().newSingleThreadExecutor(this, "import-queue-wake");
                }
            }
        }
    }
}
