package com.workoutplanparser.intake;

import com.workoutplanparser.crypto.PlanTextCipher;
import com.workoutplanparser.llm.LlmStatus;
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
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
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
 * <p>
 * An instance holds up to {@value #HELD_PER_WORKER} imports per worker: one being parsed and the next, claimed
 * beside it, so a claim statement takes several imports and a worker never waits for a claim's round trip. A
 * submission this instance records itself while it holds fewer is written PROCESSING under its lease at once
 * ({@link #reserve}, {@link #runRecorded}): its row is written once before its outcome, not inserted RECEIVED and
 * then updated by a claim (each a write through every index of the table). When no LLM can be called, a short text
 * (at most {@value #QUICK_HOLD_MAX_CHARS} characters, which the rules read in a millisecond) may also take one of
 * {@value #QUICK_HOLDS_PER_WORKER} further places per worker: a burst of submissions is then parsed by the instance
 * that accepted it, without a claim each (a burst of 1,000 fits), and what it holds ahead of older waiting imports
 * is about a second's work on two cores and at most 20,000 characters a place. What an instance holds and has not
 * started goes back to RECEIVED when it stops ({@link #releaseUnstarted}); what a crash leaves is claimed again after
 * its lease, as a running import is.
 */
@Component("importQueue")
public class ImportQueue {

    private static final Logger log = LoggerFactory.getLogger(ImportQueue.class);

    /** Imports an instance holds per worker: the one being parsed and the next, claimed beside it. */
    static final int HELD_PER_WORKER = 2;
    /** Further places per worker for short texts when no LLM can be called: with 4 workers, 1,000 at once are held. */
    static final int QUICK_HOLDS_PER_WORKER = 256;
    /** The longest text a quick place takes: the rules read it in about a millisecond (as FairParses' own limit). */
    static final int QUICK_HOLD_MAX_CHARS = FairParses.CALLER_RUNS_MAX_CHARS;

    private final JdbcTemplate jdbc;
    private final QueueSettings settings;
    private final CamelContext camel;
    private final PlanTextCipher cipher;
    /** Places for claimed imports, and for any import this instance records. */
    private final Semaphore free;
    /** Places for short texts this instance records when no LLM can be called; none otherwise. */
    private final Semaphore quick;
    /** Imports held here under this instance's lease: being parsed, or waiting for a worker. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    /** Of those, the ones no worker has started: handed back to the queue when this instance stops. */
    private final Set<UUID> unstarted = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private final ApplicationContext context;
    private final AtomicLong depth = new AtomicLong();
    private final Counter claimed;
    private final Counter heldAtIntake;
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
                       PlanTextCipher cipher, ImportMetrics importMetrics, IntakeSettings intake, LlmStatus llm,
                       ApplicationContext context) {
        this.context = context;
        this.staleLockSeconds = intake.folder().staleLockSeconds();
        this.jdbc = jdbc;
        this.settings = settings;
        this.camel = camel;
        this.cipher = cipher;
        this.importMetrics = importMetrics;
        this.free = new Semaphore(settings.workers() * HELD_PER_WORKER);
        this.quick = new Semaphore(llm.rulesOnly() ? settings.workers() * QUICK_HOLDS_PER_WORKER : 0);
        Gauge.builder("workout.imports.queue", depth, AtomicLong::get)
                .description("Imports waiting for or being parsed (RECEIVED + PROCESSING), all instances")
                .register(meters);
        Gauge.builder("workout.imports.queue.running", running, Set::size)
                .description("Imports held by this instance: being parsed, or claimed next").register(meters);
        this.claimed = Counter.builder("workout.imports.claimed").description("Imports claimed by this instance's workers")
                .register(meters);
        this.heldAtIntake = Counter.builder("workout.imports.held")
                .description("Submissions this instance recorded and handed to its own workers, without a claim")
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
        if (free.availablePermits() == 0) {
            moreWaiting = true; // woken with every place taken: the next place given back claims again
        }
        while (free.availablePermits() > 0 && !stopping) {
            int n = free.availablePermits();
            List<Map<String, Object>> rows = jdbc.queryForList(ImportLogSql.CLAIM, settings.leaseSeconds(),
                    settings.instanceId(), settings.maxAttempts(), n);
            moreWaiting = rows.size() == n;
            if (rows.isEmpty()) {
                return;
            }
            for (Map<String, Object> row : rows) {
                free.acquireUninterruptibly();
                hold((UUID) row.get("id"), toExchange(row), claimed, free);
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

    /**
     * Takes a place among the imports this instance holds, for a submission of {@code chars} characters its intake is
     * about to record: the row is then written PROCESSING under this instance's lease and handed to
     * {@link #runRecorded} with the place, or, if writing it fails, the place is given back with {@link Place#cancel}.
     * Null when every place is taken (the submission is recorded RECEIVED for whichever worker is free first), when
     * the workers have not started (this instance's queue may be off) or when it is stopping.
     */
    public Place reserve(int chars) {
        if (executor == null || stopping) {
            return null;
        }
        if (free.tryAcquire()) {
            return new Place(free);
        }
        return chars <= QUICK_HOLD_MAX_CHARS && quick.tryAcquire() ? new Place(quick) : null;
    }

    /** A place taken by {@link #reserve}: given to {@link #runRecorded}, or back with {@link #cancel}. */
    public final class Place {
        private final Semaphore of;
        /** Given back or handed to a worker: a place is released once, whoever tries twice. */
        private final AtomicBoolean used = new AtomicBoolean();

        private Place(Semaphore of) {
            this.of = of;
        }

        public void cancel() {
            if (used.compareAndSet(false, true)) {
                of.release();
                if (moreWaiting && !stopping) {
                    wake();
                }
            }
        }

        private Semaphore take() {
            if (!used.compareAndSet(false, true)) {
                throw new IllegalStateException("this place was given back or used already");
            }
            return of;
        }
    }

    /**
     * Parses, on one of the workers, an import this instance recorded PROCESSING under its own lease in the
     * {@code place} {@link #reserve} gave: as a claimed one, from the text the intake already holds.
     */
    public void runRecorded(Place place, ImportResult recorded, String text, Instant receivedAt) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(text);
        exchange.setProperty(ImportResult.PROPERTY, recorded);
        exchange.setProperty(ImportMetrics.RECEIVED_AT, receivedAt);
        Semaphore taken = place.take();
        try {
            hold(recorded.importId(), exchange, heldAtIntake, taken);
        } catch (RuntimeException stopping) { // recorded all the same: claimed again after its lease
            log.warn("Import {} waits for its lease to end: this instance's workers are stopping", recorded.importId());
        }
    }

    /** An import this instance holds (its place taken), queued for the next free worker. */
    private void hold(UUID id, Exchange exchange, Counter how, Semaphore place) {
        running.add(id);
        unstarted.add(id);
        how.increment();
        try {
            executor.execute(() -> work(id, exchange, place));
        } catch (RuntimeException e) { // stopping: the lease expires and another worker takes it
            unstarted.remove(id);
            running.remove(id);
            place.release();
            throw e;
        }
    }

    private void work(UUID id, Exchange exchange, Semaphore place) {
        try {
            if (!unstarted.remove(id)) {
                return; // handed back to the queue while it waited here: this instance is stopping
            }
            Exchange done = producer.send("direct:work-import", exchange);
            if (done.getException() != null) {
                log.error("Import {} could not be processed; it is claimed again after its lease: {}", id,
                        LogSafeCause.of(done.getException()));
            }
        } catch (RuntimeException e) {
            log.error("Import {} could not be processed; it is claimed again after its lease: {}", id, LogSafeCause.of(e));
        } finally {
            running.remove(id);
            place.release();
            if (moreWaiting && !stopping) {
                wake();
            }
        }
    }

    /**
     * When the service stops (before Camel's routes and its workers do): the imports held here that no worker has
     * started go back to RECEIVED at once, for any instance, instead of waiting out their lease.
     */
    @EventListener
    public void releaseUnstarted(ContextClosedEvent closed) {
        if (closed.getApplicationContext() == context) { // not a child context's (the management server's) close
            giveBackUnstarted();
        }
    }

    /** {@link #releaseUnstarted}'s work: stops holding and claiming; returns how many imports went back. */
    int giveBackUnstarted() {
        stopping = true;
        int released = 0;
        for (UUID id : List.copyOf(unstarted)) {
            if (unstarted.remove(id)) {
                try {
                    released += jdbc.update(ImportLogSql.RELEASE_UNSTARTED, id, settings.instanceId());
                } catch (RuntimeException e) {
                    log.warn("Import {} stays claimed until its lease ends: {}", id, LogSafeCause.of(e));
                }
            }
        }
        if (released > 0) {
            log.info("Stopping: {} import(s) held and not started went back to the queue", released);
        }
        return released;
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
