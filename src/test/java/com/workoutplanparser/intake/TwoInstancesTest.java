package com.workoutplanparser.intake;

import com.workoutplanparser.support.ServiceInstances;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two whole services (two Spring contexts, two Camel contexts, two worker pools) on one PostgreSQL and one
 * inbox folder: every file is imported exactly once, and both share the parsing.
 */
class TwoInstancesTest {

    private static EmbeddedPostgres pg;
    private static Path inbox;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "60").start();
        Path root = Files.createTempDirectory("two-instances");
        inbox = root.resolve("inbox");
        Files.createDirectories(root.resolve("routes"));
        // a broken ops route already there at start: reported, and both services start all the same
        Files.writeString(root.resolve("routes").resolve("broken.yaml"), "- route:\n    id: broken\n    from:\n      uri: \"nosuch:x\"\n");
        a = instance("A", root);
        b = instance("B", root);
    }

    private static ConfigurableApplicationContext instance(String name, Path root) {
        return ServiceInstances.start(pg, name, inbox, root.resolve("routes"));
    }

    @AfterAll
    static void stop() throws Exception {
        ServiceInstances.stop(pg, a, b);
    }

    @Test
    void everyFileInTheSharedFolderIsImportedExactlyOnce() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(a.getBean(javax.sql.DataSource.class));
        int n = 300;
        Path staging = inbox.getParent().resolve("staging");
        Files.createDirectories(staging);
        for (int i = 0; i < n; i++) {
            Files.writeString(staging.resolve("shared-" + i + ".txt"), "Bench Press: 3x8\nSquat: 5x" + i + "\nPlan " + i + "\n");
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Files.move(staging.resolve("shared-" + i + ".txt"), inbox.resolve("shared-" + i + ".txt"));
        }
        IntakeTestBase.await("all parsed", java.time.Duration.ofSeconds(240), () -> count(jdbc,
                "select count(*) from workout_import_log where source_ref like 'shared-%' and status = 'STORED'") >= n);
        double seconds = (System.nanoTime() - start) / 1e9;
        // a late double read would show up within a few polls: the count stays n throughout
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).untilAsserted(() ->
                assertThat(count(jdbc, "select count(*) from workout_import_log where source_ref like 'shared-%'"))
                        .isEqualTo(n));
        assertThat(count(jdbc, "select count(distinct source_ref) from workout_import_log where source_ref like 'shared-%'")).isEqualTo(n);
        try (Stream<Path> done = Files.list(inbox.resolve(".done").resolve(LocalDate.now().toString()))) {
            assertThat(done.filter(p -> p.getFileName().toString().startsWith("shared-")).count()).isEqualTo(n);
        }
        assertThat(Files.exists(inbox.resolve(".failed"))
                ? Files.list(inbox.resolve(".failed")).count() : 0).isZero();
        List<Map<String, Object>> byWorker = jdbc.queryForList("select claimed_by, count(*) as n from workout_import_log "
                + "where source_ref like 'shared-%' group by claimed_by order by claimed_by");
        double readA = folderExchanges(a);
        double readB = folderExchanges(b);
        System.out.printf("Two instances, %d files: all imported once in %.1f s; parsed by %s; files read A=%.0f B=%.0f%n",
                n, seconds, byWorker, readA, readB);
        assertThat(byWorker).extracting(r -> r.get("claimed_by")).containsExactlyInAnyOrder("A", "B");
        for (var ctx : List.of(a, b)) {
            assertThat(((Map<?, ?>) ctx.getBean(OpsRoutes.class).status().get("broken")).keySet()).asString().contains("broken.yaml");
        }
    }

    private static double folderExchanges(ConfigurableApplicationContext ctx) {
        var counter = ctx.getBean(MeterRegistry.class).find("camel.exchanges.total").tag("routeId", "intake-folder").counter();
        return counter == null ? -1 : counter.count();
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long c = jdbc.queryForObject(sql, Long.class);
        return c == null ? 0 : c;
    }
}
