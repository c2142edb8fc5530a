package com.workoutplanparser.intake;

import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.store.ImportLogSql;
import com.workoutplanparser.llm.LlmStatus;
import jakarta.annotation.PreDestroy;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the synchronous parses ({@code direct:intake} with workoutProcessNow) fairly: at most
 * {@code workers} at once, at most {@code perUser} of them for one user, users taken in turn. So one user's
 * large plans queue behind each other, and another user's small plan starts as soon as any worker is free.
 * <p>
 * The request waits for its parse up to the sync timeout (or less, {@code Prefer: wait=N}). Past it, the caller is
 * answered 202 with the import id and the parse goes on; a parse that had not started by then is handed to the
 * durable queue (RECEIVED again) instead of waiting in this instance's memory.
 * <p>
 * A parse that cannot outlive the wait (no LLM can be called, the text is at most {@value #CALLER_RUNS_MAX_CHARS}
 * characters, the caller waits the full sync timeout) runs on the caller's own thread when its turn comes, since that
 * thread would only wait for it: the same limits and turns, two thread hand-offs fewer (each costs a scheduling delay
 * on a busy machine, more than the parse itself). Such an import's row is written with its outcome
 * ({@link com.workoutplanparser.plan.DeferredIntake}); if the wait ends before its turn, it is written RECEIVED for
 * the durable queue and answered 202. Everything else runs on the workers, its row written first, so a slow one can
 * still be answered 202.
 */
@Component("fairParses")
@EnableConfigurationProperties(WorkLimits.class)
public class FairParses {

    /** Exchange property: how long this caller will wait (Prefer: wait=N), in seconds. */
    public static final String WAIT_SECONDS = "workout.waitSeconds";
    /** Header set when the parse outlived the wait: the caller gets 202, the import its outcome later. */
    public static final String ANSWER_LATER = "workoutAnswerLater";

    /** Longest text a caller parses on its own thread: the rules read it in milliseconds, far within the wait. */
    static final int CALLER_RUNS_MAX_CHARS = 20_000;

    private static final Logger log = LoggerFactory.getLogger(FairParses.class);

    /** A parse waiting for, or holding, a worker. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    public final class Job<T> {
        final UUID user;
        final Callable<T> work;
        /** Its caller waits for it and runs it ({@link #runWhenItsTurn}): a start leaves it to that thread. */
        final boolean callerRuns;
        final CompletableFuture<T> result = new CompletableFuture<>();
        /** Completed when a job its caller runs may start. */
        final CompletableFuture<Void> turn = new CompletableFuture<>();
        boolean started;

        Job(UUID user, Callable<T> work) {
            this(user, work, false);
        }

        public CompletableFuture<T> result() {
            return result;
        }

        /** True when it was still waiting and now never runs. */
        public boolean cancelIfWaiting() {
            return FairParses.this.cancel(this);
        }
    }

    private final WorkLimits limits;
    private final CamelContext camel;
    private final JdbcTemplate jdbc;
    private final QueueSettings queue;
    private final IntakeRecorder recorder;
    private final ExecutorService pool;
    /** No LLM can be called on this instance: a parse is the rules' and the catalog's, bounded by the text. */
    private final boolean rulesOnly;
    private final Map<UUID, Deque<Job<?>>> waiting = new LinkedHashMap<>(); // users in turn
    private final Map<UUID, Integer> running = new HashMap<>();
    private int busy;
    private volatile ProducerTemplate producer;

    public FairParses(WorkLimits limits, CamelContext camel, JdbcTemplate jdbc, QueueSettings queue, LlmStatus llm,
                      IntakeRecorder recorder) {
        this.limits = limits;
        this.recorder = recorder;
        this.rulesOnly = llm.rulesOnly();
        this.camel = camel;
        this.jdbc = jdbc;
        this.queue = queue;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(limits.workers(), r -> {
            Thread t = new Thread(r, "fair-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The step of direct:intake for a parse recorded PROCESSING: runs it fairly, waits for it or answers later. */
    public void process(Exchange exchange) throws Exception {
        var msg = exchange.getMessage();
        ImportResult recorded = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        UUID user = recorded.userId();
        UUID importId = recorded.importId();
        // the parse gets an exchange of its own: it may outlive this request and its servlet objects. It carries the
        // text and the typed import state only; no header of the request's crosses over (process-import reads none)
        Exchange work = new DefaultExchange(camel);
        work.getMessage().setBody(msg.getBody());
        work.setProperty(ImportResult.PROPERTY, recorded);
        long waitMillis = limits.syncTimeout().toMillis();
        Integer asked = exchange.getProperty(WAIT_SECONDS, Integer.class);
        if (asked != null) {
            waitMillis = Math.min(waitMillis, TimeUnit.SECONDS.toMillis(Math.max(0, asked)));
        }
        boolean callerMayRun = rulesOnly && waitMillis >= limits.syncTimeout().toMillis()
                && msg.getBody() instanceof String text && text.length() <= CALLER_RUNS_MAX_CHARS;
        if (!callerMayRun && !recorded.rowWritten()) {
            // a worker runs it, and its caller may be answered 202 while it runs: its row first, as any intake's
            recorded = recorder.writeDeferred(recorded, ImportStatus.PROCESSING);
            work.setProperty(ImportResult.PROPERTY, recorded);
            exchange.setProperty(ImportResult.PROPERTY, recorded);
        }
        Job<Exchange> job = submit(user, () -> producer().send("direct:process-import", work), callerMayRun);
        if (callerMayRun && !runWhenItsTurn(job, waitMillis)) {
            // never started: the durable queue's workers take it, on any instance, as for ?async=true
            if (recorded.rowWritten()) {
                jdbc.update(ImportLogSql.REQUEUE_UNSTARTED, importId);
            } else {
                recorder.writeDeferred(recorded, ImportStatus.RECEIVED);
            }
            queue.received(false);
            answerLater(msg, importId, waitMillis);
            return;
        }
        try {
            Exchange done = job.result().get(waitMillis, TimeUnit.MILLISECONDS);
            msg.setBody(done.getMessage().getBody());
            exchange.setProperty(ImportResult.PROPERTY, done.getProperty(ImportResult.PROPERTY, ImportResult.class));
            Object caught = done.getProperty(Exchange.EXCEPTION_CAUGHT);
            if (caught != null) {
                exchange.setProperty(Exchange.EXCEPTION_CAUGHT, caught);
            }
            if (done.getException() != null) {
                throw done.getException();
            }
        } catch (TimeoutException late) {
            if (job.cancelIfWaiting()) {
                // not started: the durable queue's workers take it, on any instance, as for ?async=true
                jdbc.update(ImportLogSql.REQUEUE_UNSTARTED, importId);
                queue.received(false);
            } else {
                jdbc.update(ImportLogSql.MAKE_DURABLE, importId); // its id is answered: on disk first
            }
            answerLater(msg, importId, waitMillis);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void answerLater(Message msg, UUID importId, long waitMillis) {
        log.info("Import {} not done within {} ms: answered 202, its outcome is recorded when it is", importId,
                waitMillis);
        msg.setHeader(ANSWER_LATER, true);
    }

    /**
     * Waits, up to the caller's wait, for the job's turn, then runs it on this thread. False when the wait ended
     * first: the job was taken out of the turn and never runs here.
     */
    private boolean runWhenItsTurn(Job<?> job, long waitMillis) throws InterruptedException {
        try {
            job.turn.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            if (job.cancelIfWaiting()) {
                return false;
            }
            // started for this thread at the last moment: its slot is held, so it runs here all the same
        } catch (InterruptedException stopping) {
            if (!job.cancelIfWaiting()) {
                run(job); // started for this thread: it holds a slot only this thread can free
            }
            throw stopping;
        } catch (ExecutionException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        run(job);
        return true;
    }

    public <T> Job<T> submit(UUID user, Callable<T> work) {
        return submit(user, work, false);
    }

    /** With {@code callerMayRun}: its start completes {@link Job#turn} and the caller {@link #run}s it. */
    private <T> Job<T> submit(UUID user, Callable<T> work, boolean callerMayRun) {
        Job<T> job = new Job<>(user, work, callerMayRun);
        synchronized (this) {
            waiting.computeIfAbsent(user, u -> new ArrayDeque<>()).addLast(job);
            dispatch();
        }
        return job;
    }

    public synchronized int running(UUID user) {
        return running.getOrDefault(user, 0);
    }

    public synchronized int waiting(UUID user) {
        Deque<Job<?>> q = waiting.get(user);
        return q == null ? 0 : q.size();
    }

    private synchronized boolean cancel(Job<?> job) {
        if (job.started) {
            return false;
        }
        Deque<Job<?>> q = waiting.get(job.user);
        boolean removed = q != null && q.remove(job);
        if (q != null && q.isEmpty()) {
            waiting.remove(job.user);
        }
        if (removed) {
            job.result.cancel(false);
        }
        return removed;
    }

    /** Starts waiting jobs while workers are free: the first user in turn who is under the per-user limit. */
    private void dispatch() {
        while (busy < limits.workers()) {
            Job<?> next = null;
            for (Iterator<Map.Entry<UUID, Deque<Job<?>>>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<UUID, Deque<Job<?>>> e = it.next();
                if (running.getOrDefault(e.getKey(), 0) < limits.perUser()) {
                    next = e.getValue().pollFirst();
                    it.remove();
                    if (!e.getValue().isEmpty()) {
                        waiting.put(e.getKey(), e.getValue()); // to the back of the turn
                    }
                    break;
                }
            }
            if (next == null) {
                return;
            }
            start(next);
        }
    }

    private <T> void start(Job<T> job) {
        job.started = true;
        busy++;
        running.merge(job.user, 1, Integer::sum);
        if (job.callerRuns) {
            job.turn.complete(null); // its caller waits for this, and runs it
            return;
        }
        pool.execute(() -> run(job));
    }

    /** Runs a started job (on a worker, or on its caller) and frees its slot for the next one in turn. */
    private <T> void run(Job<T> job) {
        try {
            job.result.complete(job.work.call());
        } catch (Throwable t) {
            job.result.completeExceptionally(t);
        } finally {
            synchronized (this) {
                busy--;
                running.computeIfPresent(job.user, (u, n) -> n > 1 ? n - 1 : null);
                dispatch();
            }
        }
    }

    private ProducerTemplate producer() {
        if (producer == null) {
            producer = camel.createProducerTemplate();
        }
        return producer;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
