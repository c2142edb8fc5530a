package com.workoutplanparser.delivery;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox rows are written in the transaction that stores the plan: when storing fails after they were
 * inserted, they roll back with the plan, and nothing is ever delivered for a plan that was not stored.
 */
@DirtiesContext // the advice below changes a route
class OutboxRollbackTest extends AppTestBase {

    private static final Path OUTBOX;

    static {
        try {
            OUTBOX = Files.createTempDirectory("rollback-outbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry registry) {
        registry.add("workout.delivery.uris", () -> "file:" + OUTBOX + "?deliveryFormat=csv");
        registry.add("workout.delivery.poll-interval", () -> "200ms");
    }

    @Test
    void aPlanWhoseStoringFailsHasNoDeliveriesAndIsNeverSent() throws Exception {
        ApiClient.Response ok = api.postText("/api/v1/workout-plans/parse", "Deadlift: 3x5");
        assertThat(ok.json().get("status").asText()).isEqualTo("STORED");
        await("the stored plan delivered").atMost(Duration.ofSeconds(30)).until(() -> files() == 1);

        // fail the storing transaction after the plan and its delivery rows were written
        AdviceWith.adviceWith(camel, "store-plan-with-deliveries", route -> route.weaveById("enqueue-deliveries").after()
                .throwException(new IllegalStateException("disk full while writing the plan")));
        long deliveries = jdbc.queryForObject("select count(*) from plan_delivery", Long.class);

        ApiClient.Response r = api.postText("/api/v1/workout-plans/parse", "Squat: 5x5");

        assertThat(r.json().get("status").asText()).as(r.body()).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from plan_delivery", Long.class)).isEqualTo(deliveries);
        await("nothing more delivered").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> files() == 1);
    }

    private static long files() {
        try (Stream<Path> s = Files.list(OUTBOX)) {
            return s.filter(p -> p.toString().endsWith(".csv")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
