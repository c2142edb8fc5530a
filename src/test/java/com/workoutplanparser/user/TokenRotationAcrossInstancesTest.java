package com.workoutplanparser.user;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.support.ServiceInstances;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two whole services on one PostgreSQL, as docs/security.md describes the token cache: a token rotated on one
 * instance is refused there at once, and on the other once its cached entry expires (TOKEN_CACHE_TTL); the new
 * token works on both at once.
 */
class TokenRotationAcrossInstancesTest {

    private static final Duration TTL = Duration.ofSeconds(10);

    private static EmbeddedPostgres pg;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "60").start();
        Path root = Files.createTempDirectory("token-rotation");
        Files.createDirectories(root.resolve("routes"));
        // read once at start into UserSettings; cleared at once so no later context of this JVM sees it
        System.setProperty("workout.users.token-cache-ttl", TTL.toSeconds() + "s");
        try {
            a = ServiceInstances.start(pg, "A", root.resolve("inbox-A"), root.resolve("routes"));
            b = ServiceInstances.start(pg, "B", root.resolve("inbox-B"), root.resolve("routes"));
        } finally {
            System.clearProperty("workout.users.token-cache-ttl");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        ServiceInstances.stop(pg, a, b);
    }

    private static ApiClient client(ConfigurableApplicationContext instance, String token) {
        return new ApiClient(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")), token);
    }

    @Test
    void aTokenRotatedOnOneInstanceIsRefusedThereAtOnce_andOnTheOtherWithinTheTtl() {
        ApiClient.Response created = client(a, AppTestBase.ADMIN_TOKEN).postJson("/api/v1/users",
                "{\"displayName\": \"Two instances\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String old = created.json().get("token").asText();
        assertThat(client(b, old).get("/api/v1/users/me").status()).isEqualTo(200); // cached on B now

        ApiClient.Response rotated = client(a, old).postJson("/api/v1/users/me/token", "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String fresh = rotated.json().get("token").asText();
        long rotatedAt = System.nanoTime();

        assertThat(client(a, old).get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(client(a, fresh).get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(client(b, fresh).get("/api/v1/users/me").status()).isEqualTo(200);
        await().atMost(TTL.multipliedBy(4)).pollInterval(Duration.ofMillis(250))
                .until(() -> client(b, old).get("/api/v1/users/me").status() == 401);
        System.out.printf("old token refused on the other instance after %d ms (TTL %d s)%n",
                (System.nanoTime() - rotatedAt) / 1_000_000, TTL.toSeconds());
    }
}
