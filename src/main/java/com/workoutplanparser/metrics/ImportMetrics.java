package com.workoutplanparser.metrics;

import com.workoutplanparser.match.MatchLevel;
import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The import's own metrics, in one place, called by direct:process-import and the import-errors handler
 * ({@code .bean("importMetrics", …)}) and by the queue when it gives an import up:
 * <ul>
 *   <li>{@code workout_import_duration_seconds{status,source}}: end to end, from intake (the row's created_at, or
 *       the moment a synchronous call handed the import over) to its outcome;</li>
 *   <li>{@code workout_import_queue_wait_seconds{source}}: from intake to the start of the parse;</li>
 *   <li>{@code workout_parse_duration_seconds{parser}}: the parse and match step alone;</li>
 *   <li>{@code workout_imports_total{status,source,parser}} and {@code workout_exercises_total{level}}.</li>
 * </ul>
 * Timers publish histogram buckets at the SLO bounds (0.1 s to 60 s), so Prometheus computes p50/p95 across
 * instances and alerts on "parse p95 over 15 s". Labels stay bounded: statuses, sources (rest, file, email,
 * batch, an ops route's name), parsers and levels; never a user or an import id (per-user figures come from the
 * database).
 */
@Component("importMetrics")
public class ImportMetrics {

    /** Exchange property: when the import was recorded (an Instant, Timestamp or OffsetDateTime). */
    public static final String RECEIVED_AT = "workout.receivedAt";
    private static final String PARSE_STARTED = "workout.parseStartedNanos";

    static final Duration[] SLO = {Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final Map<MatchLevel, Counter> exercises = new EnumMap<>(MatchLevel.class);
    /** Meters by name and tag values, built once: a builder's register() sorts tags and searches the registry. */
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();
    private final Map<List<String>, Counter> imports = new ConcurrentHashMap<>();

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (MatchLevel level : MatchLevel.values()) {
            exercises.put(level, Counter.builder("workout.exercises").description("Exercises read, by match level")
                    .tag("level", level.json()).register(registry));
        }
    }

    /** First step of process-import: the wait since intake ends here. */
    public void parseStarting(Exchange exchange) {
        exchange.setProperty(PARSE_STARTED, System.nanoTime());
        timer("workout.import.queue.wait", "From intake to the start of the parse", "source", source(exchange))
                .record(sinceReceived(exchange));
    }

    /** After parse-plan: the body is the {@link MatchedPlan}. */
    public void parsed(Exchange exchange) {
        Long started = exchange.getProperty(PARSE_STARTED, Long.class);
        MatchedPlan plan = exchange.getMessage().getBody(MatchedPlan.class);
        String parser = plan == null ? "unknown" : plan.reading().parser();
        if (started != null) {
            timer("workout.parse.duration", "Reading and matching one plan", "parser", parser)
                    .record(Duration.ofNanos(System.nanoTime() - started));
        }
        if (plan != null) {
            plan.matches().forEach(m -> exercises.get(m.level()).increment());
        }
    }

    /** Last step of process-import, and of import-errors (status FAILED). */
    public void outcome(Exchange exchange) {
        ImportResult result = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        String status = (result == null || exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null
                ? ImportStatus.FAILED : result.status()).name();
        String source = source(exchange);
        counted(status, source, orElse(result == null ? null : result.parser(), "none"));
        timer("workout.import.duration", "From intake to the import's outcome", "status", status, "source", source)
                .record(sinceReceived(exchange));
    }

    /** An import the queue gave up on (its workers stopped mid-parse too often). */
    public void gaveUp(String source) {
        counted(ImportStatus.FAILED.name(), source == null ? "unknown" : source, "none");
    }

    private void counted(String status, String source, String parser) {
        imports.computeIfAbsent(List.of(status, source, parser), k -> Counter.builder("workout.imports")
                .description("Imports by outcome, source and parser")
                .tags("status", status, "source", source, "parser", parser).register(registry)).increment();
    }

    private Timer timer(String name, String description, String... tags) {
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        key.addAll(Arrays.asList(tags));
        return timers.computeIfAbsent(key, k -> Timer.builder(name).description(description).tags(tags)
                .serviceLevelObjectives(SLO).minimumExpectedValue(SLO[0]).maximumExpectedValue(SLO[SLO.length - 1])
                .register(registry));
    }

    private static Duration sinceReceived(Exchange exchange) {
        Instant received = instant(exchange.getProperty(RECEIVED_AT));
        if (received == null) { // a synchronous call: its parse exchange was created when the import was handed over
            received = Instant.ofEpochMilli(exchange.getClock().getCreated());
        }
        Duration d = Duration.between(received, Instant.now());
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }

    private static String source(Exchange exchange) {
        ImportResult result = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        return orElse(result == null ? null : result.source(), "unknown");
    }

    private static String orElse(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }
}
