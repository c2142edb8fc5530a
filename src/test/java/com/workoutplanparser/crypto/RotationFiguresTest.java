package com.workoutplanparser.crypto;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures for docs/privacy.md: what the rotation costs on a database the size of the one measured in issue 13
 * (about 1,300 imports, all legacy plain), and what one encryption costs. Printed, never asserted as times: the
 * assertions are that every row ends up under the new key and reads back the same.
 */
class RotationFiguresTest {

    private static final int IMPORTS = 1_300;

    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void legacyRowsOfARealSizedDatabaseAreReEncryptedAndReadBack() {
        UUID user = jdbc.queryForObject("insert into app_user (display_name, token_hash) values ('figures', 'h') returning id",
                UUID.class);
        StringBuilder plan = new StringBuilder();
        for (int line = 0; line < 40; line++) { // ~1.3 KB, a plan of a few days
            plan.append("Bench Press: 3x8 @ 60kg, rest 90s, line ").append(line).append('\n');
        }
        String json = "{\"days\": [{\"label\": \"Day 1\", \"exercises\": [{\"text\": \"Bench Press: 3x8\", \"name\": "
                + "\"Bench Press\", \"notes\": \"slow\"}]}], \"unreadLines\": [{\"line\": 2, \"text\": \"warm up well\"}]}";
        jdbc.batchUpdate("""
                insert into workout_import_log (user_id, raw_text, status, source, content_hash, parsed_exercises)
                values (?, ?, 'STORED', 'rest', 'h', cast(? as jsonb))""",
                java.util.stream.IntStream.range(0, IMPORTS).mapToObj(i -> new Object[]{user, plan + "#" + i, json}).toList());

        String key = PlanTextCipherTest.newKey();
        PlanTextCipher cipher = PlanTextCipher.of(key);
        EncryptionRotation rotation = new EncryptionRotation(jdbc, cipher, new StoredPlanJson(cipher),
                new CryptoSettings("", "", key, "", 200));
        long start = System.nanoTime();
        EncryptionRotation.Result result = rotation.rotate();
        double seconds = (System.nanoTime() - start) / 1e9;

        long t0 = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            cipher.decrypt(cipher.encrypt(plan.toString()));
        }
        double microsPerRoundTrip = (System.nanoTime() - t0) / 1e3 / 2_000;
        System.out.printf("Rotation figures: %d legacy imports (%d chars each) re-encrypted in %.2f s (%.0f rows/s, "
                        + "raw_text and parsed_exercises); encrypt+decrypt of one plan %.1f µs%n",
                IMPORTS, plan.length(), seconds, 2 * IMPORTS / seconds, microsPerRoundTrip);

        assertThat(result.reencrypted().get("workout_import_log.raw_text")).isEqualTo(IMPORTS);
        assertThat(result.reencrypted().get("workout_import_log.parsed_exercises")).isEqualTo(IMPORTS);
        assertThat(jdbc.queryForObject("select count(*) from workout_import_log where raw_text not like ?", Long.class,
                "wpp1:" + cipher.primaryKeyId() + ":%")).isZero();
        assertThat(cipher.decrypt(jdbc.queryForObject("select raw_text from workout_import_log order by created_at, id limit 1",
                String.class))).startsWith("Bench Press: 3x8 @ 60kg");
        assertThat(rotation.rotate().reencrypted().values()).allMatch(n -> n == 0);
    }
}
