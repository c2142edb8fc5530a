package com.workoutplanparser.metrics;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What waits, as gauges the alerts and the dashboard read: the age of the oldest import waiting in the queue
 * ({@code workout_imports_queue_oldest_seconds}), the review backlog and its oldest item
 * ({@code workout_review_pending}, {@code workout_review_pending_oldest_seconds}), and whether the LLM circuit is
 * open ({@code workout_llm_circuit_open}, 1 or 0). The database figures are shared by all instances and read at
 * most every few seconds, on the scrape that needs them; a database that does not answer gives NaN (no value),
 * not a stalled scrape beyond the pool's connection timeout.
 */
@Component
public class BacklogGauges {

    private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);
    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    static final String BACKLOG = """
            select (select extract(epoch from now() - min(created_at)) from workout_import_log
                     where status = 'RECEIVED') as queue_oldest,
                   (select count(*) from review_item where status = 'PENDING') as review_pending,
                   (select extract(epoch from now() - min(created_at)) from review_item
                     where status = 'PENDING') as review_oldest""";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<CircuitBreaker> circuitBreakers;
    private volatile Map<String, Object> last = Map.of();
    private volatile long readAt;

    public BacklogGauges(MeterRegistry registry, JdbcTemplate jdbc, ObjectProvider<CircuitBreaker> circuitBreakers) {
        this.jdbc = jdbc;
        this.circuitBreakers = circuitBreakers;
        gauge(registry, "workout.imports.queue.oldest", "Age of the oldest import waiting to be parsed (0: none)",
                "seconds", g -> g.value("queue_oldest"));
        gauge(registry, "workout.review.pending", "Review items waiting for a person", null,
                g -> g.value("review_pending"));
        gauge(registry, "workout.review.pending.oldest", "Age of the oldest pending review item (0: none)", "seconds",
                g -> g.value("review_oldest"));
        // the gauge's state object is this bean: Micrometer holds it weakly, and a bean lives as long as the context
        gauge(registry, "workout.llm.circuit.open", "1 while the LLM circuit breaker is open (plans go to rules and review)",
                null, BacklogGauges::circuitOpen);
    }

    private void gauge(MeterRegistry registry, String name, String description, String unit,
                       ToDoubleFunction<BacklogGauges> value) {
        Gauge.builder(name, this, value).description(description).baseUnit(unit).register(registry);
    }

    private double circuitOpen() {
        CircuitBreaker cb = circuitBreakers.getIfAvailable();
        return cb != null && cb.getState() == CircuitBreaker.State.OPEN ? 1 : 0;
    }

    private double value(String column) {
        Map<String, Object> row = fresh();
        if (row.isEmpty()) {
            return Double.NaN;
        }
        Object v = row.get(column);
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    private synchronized Map<String, Object> fresh() {
        long now = System.nanoTime();
        if (now - readAt > MAX_AGE_NANOS) {
            readAt = now;
            try {
                last = jdbc.queryForMap(BACKLOG);
            } catch (RuntimeException e) {
                log.warn("Backlog gauges unavailable: {}", e.getClass().getSimpleName());
                last = Map.of();
            }
        }
        return last;
    }
}
