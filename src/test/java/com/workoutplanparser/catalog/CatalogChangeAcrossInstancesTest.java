package com.workoutplanparser.catalog;

import com.workoutplanparser.support.ServiceInstances;
import com.workoutplanparser.match.Alias;
import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.match.MatchLevel;
import com.workoutplanparser.match.MatchResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two whole services on one PostgreSQL: an alias added on one is matched by the other within seconds,
 * without a restart (the catalog-refresh route polls the change counter the database bumps).
 */
class CatalogChangeAcrossInstancesTest {

    private static EmbeddedPostgres pg;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "60").start();
        Path root = Files.createTempDirectory("catalog-change");
        Files.createDirectories(root.resolve("routes"));
        a = instance("A", root);
        b = instance("B", root);
    }

    private static ConfigurableApplicationContext instance(String name, Path root) {
        return ServiceInstances.start(pg, name, root.resolve("inbox-" + name), root.resolve("routes"));
    }

    @AfterAll
    static void stop() throws Exception {
        ServiceInstances.stop(pg, a, b);
    }

    @Test
    void anAliasAddedOnOneInstanceIsMatchedOnTheOtherWithinSeconds() {
        String written = "Zorblax Shoulder Thing";
        ExerciseCatalog onB = b.getBean(ExerciseCatalog.class);
        assertThat(onB.match(written).level()).isNotEqualTo(MatchLevel.HIGH);

        // what the API does: the change is committed, then the instance that made it rebuilds at once
        ExerciseStore store = a.getBean(ExerciseStore.class);
        CatalogExercise press = store.findById("barbell-overhead-press").orElseThrow();
        List<Alias> aliases = new ArrayList<>(press.aliases());
        aliases.add(new Alias(written, "en", "api"));
        store.save(new CatalogExercise(press.id(), press.name(), press.equipment(), press.pattern(), press.muscles(),
                aliases.stream().filter(x -> "api".equals(x.origin())).toList()), "api");
        a.getBean(ExerciseCatalog.class).refresh();
        assertThat(a.getBean(ExerciseCatalog.class).match(written).best().exerciseId())
                .isEqualTo("barbell-overhead-press");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            MatchResult r = onB.match(written);
            assertThat(r.best()).isNotNull();
            assertThat(r.best().exerciseId()).isEqualTo("barbell-overhead-press");
            assertThat(r.level()).isEqualTo(MatchLevel.HIGH);
        });
    }

    @Test
    void anInsertThatChangesNothingDoesNotMoveTheCounter() {
        ExerciseStore store = a.getBean(ExerciseStore.class);
        store.addAlias("barbell-back-squat", "counter probe squat", "en", "learned");
        long before = store.catalogVersion();
        store.addAlias("barbell-back-squat", "counter probe squat", "en", "learned"); // already there
        assertThat(store.catalogVersion()).isEqualTo(before);
        store.addAlias("barbell-back-squat", "counter probe squat two", "en", "learned");
        assertThat(store.catalogVersion()).isGreaterThan(before);
    }
}
