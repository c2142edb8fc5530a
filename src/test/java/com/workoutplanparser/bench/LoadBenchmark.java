package com.workoutplanparser.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The REST path under load, against the service jar on the embedded database. Run (not part of the test suite):
 *
 * <pre>mvn -Pbench -Dbench=LoadBenchmark</pre>
 * <p>
 * It starts the jar ({@link ServiceUnderLoad}), warms it up, then measures in one run, at 1 and 8 clients: the static
 * floor ({@code /review/review.css}: one HTTP round trip through the same server), {@code GET /api/v1/exercises/match},
 * and a synchronous parse of a 3-exercise plan; then 1,000 {@code ?async=true} submissions and how long they take to
 * reach a final status; then more rounds of the 8-client comparisons (the floor, the sync parse, the 1,000), whose
 * ratios {@link TargetReport} judges by the median round; then the service's RSS after 8 large plans posted at once.
 * Each client is a user of its own (the per-user fairness limit is a policy, not a cost). Under each measurement,
 * what one request cost the service's JVM and its embedded PostgreSQL in CPU time ({@link ProcessCpu}): the two
 * share the cores. The figures to read are the ratios to the floor: absolute times on a shared machine are noise.
 * <p>
 * Options: {@code -Dbench.seconds=8} per measurement, {@code -Dbench.warmup=15} (then on until the JIT settles, at
 * most {@code -Dbench.warmup.max=120}), {@code -Dbench.rounds=3} (rounds of the 8-client comparisons),
 * {@code -Dbench.port=18270}, {@code -Dbench.jvm="-XX:StartFlightRecording=filename=/tmp/parse.jfr"},
 * {@code -Dbench.only=parse} (only the parse measurements, for a profile; {@code large}: only the large plans;
 * {@code drain}: the sync parse at 8 clients and the 1,000 async submissions, in rounds), {@code -Dbench.jar=other.jar}
 * (another build of the service, to compare), {@code -Dbench.keep=true} (keep the temporary folder with the service's
 * log).
 */
public final class LoadBenchmark {

    private static final String FLOOR = "static floor /review/review.css";
    private static final String MATCH = "match GET /exercises/match";
    private static final String PARSE = "parse sync (3 exercises)";
    static final String SMALL_PLAN = "Bench Press: 3x8\nSquat: 5x5\nDeadlift: 1x5";
    private static final String[] QUERIES = {"db bench", "Bench Press", "squat", "lat pulldown", "romanian deadlift",
            "incline dumbell press", "pull up", "leg press"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int WARMUP_ROUND_SECONDS = 5;
    private static final double SETTLED_JIT_SHARE = 0.02;

    private final ServiceUnderLoad service;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4)).build();
    private final List<String> tokens = new ArrayList<>();

    private LoadBenchmark(ServiceUnderLoad service) {
        this.service = service;
    }

    public static void main(String[] args) throws Exception {
        Path jar = findJar();
        int port = Integer.getInteger("bench.port", 18270);
        Duration each = Duration.ofSeconds(Integer.getInteger("bench.seconds", 8));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 15));
        String only = System.getProperty("bench.only", "");
        String jvm = System.getProperty("bench.jvm", "");
        System.out.printf(Locale.ROOT, "Load benchmark: %s, %d cores, %s each, warm-up %s, service JVM flags: %s%n",
                jar.getFileName(), Runtime.getRuntime().availableProcessors(), each, warmup,
                (jvm.contains("MaxRAM") || jvm.contains("-Xmx") ? "" : String.join(" ", ServiceUnderLoad.CONTAINER_MEMORY) + " ") + jvm);
        long started = System.nanoTime();
        try (ServiceUnderLoad service = ServiceUnderLoad.start(jar, port, jvm)) {
            System.out.printf(Locale.ROOT, "service up in %.1f s (pid %d, port %d)%n", (System.nanoTime() - started) / 1e9,
                    service.pid(), port);
            new LoadBenchmark(service).measure(each, warmup, only);
        }
    }

    private void measure(Duration each, Duration warmup, String only) throws Exception {
        for (int i = 0; i < 8; i++) {
            tokens.add(createUser(i));
        }
        warmUp(warmup);
        if (only.equals("large")) {
            largePlansAtOnce();
            return;
        }
        if (only.equals("drain")) {
            drainRounds(each);
            return;
        }
        Map<String, LoadRun.Figures> figures = new TreeMap<>();
        for (int clients : new int[] {1, 8}) {
            if (!only.equals("parse")) {
                report(figures, () -> LoadRun.forDuration(FLOOR, clients, each, c -> floor(), 200));
                report(figures, () -> LoadRun.forDuration(MATCH, clients, each, this::match, 200));
            }
            report(figures, () -> LoadRun.forDuration(PARSE, clients, each, c -> parse(c, false), 200));
        }
        if (only.equals("parse")) {
            return;
        }
        report(figures, () -> LoadRun.forDuration("parse async accepted", 8, each.dividedBy(2), c -> parse(c, true), 202));
        awaitQueueEmpty(Duration.ofMinutes(5));
        TargetReport targets = new TargetReport();
        targets.add(new TargetReport.Round(figures.get(FLOOR + "@8"), figures.get(PARSE + "@8"), drainThousand()));
        for (int round = 2; round <= Integer.getInteger("bench.rounds", 3); round++) {
            System.out.printf(Locale.ROOT, "round %d of the 8-client comparisons%n", round);
            LoadRun.Figures floor8 = report(figures, () -> LoadRun.forDuration(FLOOR, 8, each, c -> floor(), 200));
            LoadRun.Figures parse8 = report(figures, () -> LoadRun.forDuration(PARSE, 8, each, c -> parse(c, false), 200));
            targets.add(new TargetReport.Round(floor8, parse8, drainThousand()));
        }
        long[] rss = largePlansAtOnce();
        targets.print(figures.get(FLOOR + "@1"), figures.get(MATCH + "@1"), figures.get(PARSE + "@1"), rss[0]);
    }

    /**
     * Warms up with every kind of request, first for {@code warmup}, then in rounds of {@value #WARMUP_ROUND_SECONDS} s
     * until the service's JIT has settled: its compilers spent at most {@value #SETTLED_JIT_SHARE} of a round's wall
     * clock (the service's own {@code jvm.compilation.time}), or {@code bench.warmup.max} s have passed. On two cores the
     * one C2 compiler thread competes with the load and was still compiling a minute in: figures measured then are of
     * the compiler, not of the service.
     */
    private void warmUp(Duration warmup) throws Exception {
        long started = System.nanoTime();
        Duration atMost = Duration.ofSeconds(Integer.getInteger("bench.warmup.max", 120));
        Duration round = warmup;
        double jitShare;
        do {
            double jitBefore = service.compilationMillis();
            long roundStart = System.nanoTime();
            // one client of eight submits async: fewer than the queue drains, so no backlog outlives the round
            LoadRun.forDuration("warm-up", 8, round, c -> c == 7 ? parse(c, true) : switch (c % 3) {
                case 0 -> floor();
                case 1 -> match(c);
                default -> parse(c, false);
            }, 0);
            jitShare = (service.compilationMillis() - jitBefore) / ((System.nanoTime() - roundStart) / 1e6);
            round = Duration.ofSeconds(WARMUP_ROUND_SECONDS);
        } while (jitShare > SETTLED_JIT_SHARE && System.nanoTime() - started < atMost.toNanos());
        double loaded = (System.nanoTime() - started) / 1e9;
        awaitQueueEmpty(Duration.ofMinutes(5));
        System.out.printf(Locale.ROOT, "warmed up: %.0f s of load, then %.0f s until its async submissions were final;"
                        + " JIT compiling %.1f%% of the last round%s%n", loaded, (System.nanoTime() - started) / 1e9 - loaded,
                100 * jitShare, jitShare > SETTLED_JIT_SHARE ? " (not settled within bench.warmup.max)" : "");
    }

    /** Runs one measurement and prints its line, then what a request cost the service's JVM and its database. */
    private LoadRun.Figures report(Map<String, LoadRun.Figures> figures, Callable<LoadRun.Figures> measurement)
            throws Exception {
        ProcessCpu before = service.cpu();
        LoadRun.Figures f = measurement.call();
        String cpu = service.cpu().perRequestSince(before, f.requests(), "request");
        System.out.println(f.line());
        if (!cpu.isEmpty()) {
            System.out.println(cpu);
        }
        figures.put(f.name() + "@" + f.clients(), f);
        return f;
    }

    /**
     * {@code bench.only=drain}: the two figures the drain's ratio compares, sync parse at 8 clients then 1,000 async
     * submissions, in {@code bench.rounds} (3) rounds, each with its ratio: on a shared machine one round's ratio swings
     * with its neighbours, a change to the queue is judged by the rounds together.
     */
    private void drainRounds(Duration each) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        for (int round = 1; round <= rounds; round++) {
            LoadRun.Figures sync = report(new TreeMap<>(),
                    () -> LoadRun.forDuration(PARSE, 8, each, c -> parse(c, false), 200));
            double seconds = drainThousand();
            System.out.printf(Locale.ROOT, "round %d: drain rate / sync parse at 8 clients = %.2f%n", round,
                    1000 / seconds / sync.perSecond());
        }
    }

    /** 1,000 async submissions from 8 clients; returns the seconds until the last one had a final status. */
    private double drainThousand() throws Exception {
        long start = System.nanoTime();
        ProcessCpu before = service.cpu();
        LoadRun.Figures accepted = LoadRun.forCount("1000 async submissions", 8, 1000, c -> parse(c, true), 202);
        System.out.println(accepted.line());
        double acceptedAt = (System.nanoTime() - start) / 1e9;
        awaitQueueEmpty(Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "1000 async submissions: accepted in %.2f s, all final after %.2f s"
                + " = %.1f plans/s%n", acceptedAt, seconds, 1000 / seconds);
        String cpu = service.cpu().perRequestSince(before, 1000, "submission, accepted and parsed");
        if (!cpu.isEmpty()) {
            System.out.println(cpu);
        }
        return seconds;
    }

    private void awaitQueueEmpty(Duration atMost) throws Exception {
        long until = System.nanoTime() + atMost.toNanos();
        try (Connection db = service.database(); Statement st = db.createStatement()) {
            while (System.nanoTime() < until) {
                try (ResultSet rs = st.executeQuery(
                        "select count(*) from workout_import_log where status in ('RECEIVED', 'PROCESSING')")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException("the queue did not drain within " + atMost);
    }

    /** Eight large plans posted at once (synchronously); RSS sampled meanwhile. Returns kB: after, peak sampled, VmHWM. */
    private long[] largePlansAtOnce() throws Exception {
        String plan = LargePlan.text(190_000);
        long before = service.procStatusKb("VmRSS");
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                try {
                    peak.accumulateAndGet(service.procStatusKb("VmRSS"), Math::max);
                    Thread.sleep(20);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        List<Future<?>> posts = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            posts.add(pool.submit(() -> {
                statuses.merge(post(client, plan, false), 1, Integer::sum);
                return null;
            }));
        }
        for (Future<?> f : posts) {
            f.get();
        }
        awaitQueueEmpty(Duration.ofMinutes(10)); // a plan answered 202 (past the sync timeout) is still being parsed
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        done.set(true);
        sampler.join();
        long after = service.procStatusKb("VmRSS");
        System.out.printf(Locale.ROOT, "8 large plans at once (%,d chars, %d exercise lines each): all final after %.2f s, answers %s;"
                        + " RSS before %d MiB, peak sampled %d MiB, after %d MiB, VmHWM %d MiB%n",
                plan.length(), LargePlan.lines(plan), seconds, statuses, before / 1024, peak.get() / 1024, after / 1024,
                service.procStatusKb("VmHWM") / 1024);
        return new long[] {after, peak.get(), service.procStatusKb("VmHWM")};
    }

    // ---- the requests ----

    private LoadRun.Call floor() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.base() + "/review/review.css")).build();
        return () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private LoadRun.Call match(int client) {
        String token = tokens.get(client % tokens.size());
        int[] next = {client};
        return () -> {
            String q = QUERIES[next[0]++ % QUERIES.length];
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.base() + "/api/v1/exercises/match?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        };
    }

    private LoadRun.Call parse(int client, boolean async) {
        return () -> post(client, SMALL_PLAN, async);
    }

    private int post(int client, String plan, boolean async) throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", plan));
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.base() + "/api/v1/workout-plans/parse"
                        + (async ? "?async=true" : ""))).header("Authorization", "Bearer " + tokens.get(client % tokens.size()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String createUser(int n) throws Exception {
        String body = JSON.writeValueAsString(Map.of("email", "load-" + n + "@bench.invalid",
                "displayName", "Load client " + n, "role", "user"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.base() + "/api/v1/users"))
                .header("Authorization", "Bearer " + service.token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(r.body());
        if (r.statusCode() != 201 && r.statusCode() != 200 || !answer.hasNonNull("token")) {
            throw new IllegalStateException("could not create a load user: HTTP " + r.statusCode());
        }
        return answer.get("token").asText();
    }

    private static Path findJar() throws Exception {
        String given = System.getProperty("bench.jar");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("workout-plan-parser-.*\\.jar")
                            && !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no service jar in target/: mvn package -DskipTests"));
        }
    }
}
