package com.workoutplanparser.metrics;

import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's timers count from intake (the row's created_at), carry the SLO buckets, and a failure counts as FAILED. */
class ImportMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ImportMetrics metrics = new ImportMetrics(registry);
    private final DefaultCamelContext camel = new DefaultCamelContext();

    @Test
    void aQueuedImportsWaitAndEndToEndTimeCountFromItsRow() {
        Exchange exchange = exchange("email");
        exchange.setProperty(ImportMetrics.RECEIVED_AT, Timestamp.from(Instant.now().minusSeconds(20)));
        decided(exchange, ImportStatus.STORED, "rules");

        metrics.parseStarting(exchange);
        metrics.outcome(exchange);

        Timer wait = registry.get("workout.import.queue.wait").tag("source", "email").timer();
        assertThat(wait.totalTime(TimeUnit.SECONDS)).isBetween(19.0, 60.0);
        Timer endToEnd = registry.get("workout.import.duration").tags("status", "STORED", "source", "email").timer();
        assertThat(endToEnd.count()).isEqualTo(1);
        assertThat(endToEnd.totalTime(TimeUnit.SECONDS)).isGreaterThanOrEqualTo(19.0);
        assertThat(registry.get("workout.imports").tags("status", "STORED", "source", "email", "parser", "rules")
                .counter().count()).isEqualTo(1);
        // the SLO bounds the alerts and the dashboard rely on
        double[] bounds = Arrays.stream(endToEnd.takeSnapshot().histogramCounts()).mapToDouble(b -> b.bucket(TimeUnit.SECONDS)).toArray();
        assertThat(bounds).contains(0.1, 0.5, 1, 2, 5, 10, 15, 30, 60);
        CountAtBucket at15 = Arrays.stream(endToEnd.takeSnapshot().histogramCounts())
                .filter(b -> b.bucket(TimeUnit.SECONDS) == 15).findFirst().orElseThrow();
        assertThat(at15.count()).as("20 s is above the 15 s bucket").isZero();
    }

    @Test
    void aFailureIsCountedAsFailedWhateverStatusWasDecidedBefore() {
        Exchange exchange = exchange("rest");
        decided(exchange, ImportStatus.STORED, null); // decided, then the store step failed
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("store failed"));

        metrics.outcome(exchange);
        metrics.gaveUp("file");

        assertThat(registry.get("workout.imports").tags("status", "FAILED", "source", "rest", "parser", "none")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("workout.imports").tags("status", "FAILED", "source", "file").counter().count()).isEqualTo(1);
        assertThat(registry.find("workout.imports").tag("status", "STORED").counter()).isNull();
    }

    @Test
    void everyMatchLevelIsExportedFromTheStartSoRatiosAreNeverMissingAPart() {
        assertThat(registry.get("workout.exercises").counters()).extracting(c -> c.getId().getTag("level"))
                .containsExactlyInAnyOrder("high", "medium", "low", "unmatched");
    }

    private Exchange exchange(String source) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(ImportResult.PROPERTY,
                ImportResult.recorded(UUID.randomUUID(), UUID.randomUUID(), source, null, ImportStatus.PROCESSING));
        return exchange;
    }

    /** The outcome as importOutcome leaves it on the exchange. */
    private static void decided(Exchange exchange, ImportStatus status, String parser) {
        ImportResult r = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        exchange.setProperty(ImportResult.PROPERTY, new ImportResult(r.importId(), r.userId(), r.source(),
                r.sourceRef(), status, null, null, null, null, null, null, parser, 0, 0, 0, null, null));
    }
}
