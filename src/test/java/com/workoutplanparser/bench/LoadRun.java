package com.workoutplanparser.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Closed-loop load: N clients (one thread each, a fixed pool: no virtual threads in Java 17), each sending its next
 * request as soon as the previous one is answered, for a duration or until a shared count is used up. Every
 * answer's latency is kept, so the percentiles are exact.
 */
final class LoadRun {

    /** One request; returns the HTTP status. */
    @FunctionalInterface
    interface Call {
        int send() throws Exception;
    }

    /** What one run measured. */
    record Figures(String name, int clients, int requests, int errors, double seconds, long[] sortedNanos) {

        double percentileMillis(double q) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
        }

        double p50() {
            return percentileMillis(0.50);
        }

        double perSecond() {
            return requests / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %2d client%s  %7d req  %8.1f req/s   p50 %7.2f ms  p90 %7.2f ms"
                            + "  p99 %7.2f ms%s", name, clients, clients == 1 ? " " : "s", requests, perSecond(), p50(),
                    percentileMillis(0.90), percentileMillis(0.99), errors == 0 ? "" : "   ERRORS " + errors);
        }
    }

    private LoadRun() {
    }

    /** Each client calls its own {@code Call} (made by {@code callFor(client)}) until the time is up. */
    static Figures forDuration(String name, int clients, Duration duration, IntFunction<Call> callFor, int expected)
            throws Exception {
        long until = System.nanoTime() + duration.toNanos();
        return run(name, clients, callFor, expected, () -> System.nanoTime() < until);
    }

    /** The clients share {@code total} calls between them. */
    static Figures forCount(String name, int clients, int total, IntFunction<Call> callFor, int expected)
            throws Exception {
        AtomicInteger left = new AtomicInteger(total);
        return run(name, clients, callFor, expected, () -> left.getAndDecrement() > 0);
    }

    private interface More {
        boolean next();
    }

    private static Figures run(String name, int clients, IntFunction<Call> callFor, int expected, More more)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger errors = new AtomicInteger();
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                Call call = callFor.apply(c);
                results.add(pool.submit(() -> {
                    long[] nanos = new long[1024];
                    int n = 0;
                    go.await();
                    while (more.next()) {
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = call.send();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - start;
                        if (status != expected) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = took;
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : results) {
                all.add(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Figures(name, clients, merged.length, errors.get(), seconds, merged);
        } finally {
            pool.shutdownNow();
        }
    }
}
