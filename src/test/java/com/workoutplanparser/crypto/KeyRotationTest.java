package com.workoutplanparser.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.llm.JdbcReplyCache;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's key-rotation done-when, on a service of its own (its own database and key file): a second key is
 * added to the key file while the service runs, the rotation command re-encrypts old and legacy rows, the first
 * key is removed, and everything still reads, through the API and through a cipher that knows only the new key.
 */
class KeyRotationTest extends AppTestBase {

    private static final String KEY_A = PlanTextCipherTest.newKey();
    private static final String KEY_B = PlanTextCipherTest.newKey();
    private static final Path KEY_FILE = keyFile();

    private static Path keyFile() {
        try {
            Path file = Files.createTempFile("rotation-keys", ".txt");
            Files.writeString(file, KEY_A + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("workout.crypto.key-file", KEY_FILE::toString);
        registry.add("workout.crypto.rotation-batch", () -> "2"); // several batches even with a few rows
    }

    @Test
    void addAKeyReEncryptRemoveTheOldKey_everythingStillReads() throws Exception {
        String idA = KeyRing.idOf(KEY_A);
        String idB = KeyRing.idOf(KEY_B);
        assertThat(cipher.primaryKeyId()).isEqualTo(idA);
        String plan = "Bench Press: 3x8 pause " + UUID.randomUUID() + "\nSquat: 5x5\nStretch well before you start.";
        JsonNode parsed = api.postText("/api/v1/workout-plans/parse", plan).json();
        UUID importId = UUID.fromString(parsed.get("importId").asText());
        UUID legacy = legacyRows();
        for (int i = 0; i < 3; i++) {
            api.postText("/api/v1/workout-plans/parse", "Deadlift: 1x5 heavy " + UUID.randomUUID());
        }
        assertThat(jdbc.queryForObject("select raw_text from workout_import_log where id = ?", String.class, importId))
                .startsWith("wpp1:" + idA + ":");

        // 1. the new key first in the file (primary), the old one after it; the service re-reads the file
        Files.writeString(KEY_FILE, KEY_B + "\n" + KEY_A + "\n");
        JsonNode first = rotate();
        assertThat(first.get("primaryKeyId").asText()).isEqualTo(idB);
        assertThat(first.get("keys").asInt()).isEqualTo(2);
        assertThat(first.at("/reencrypted/workout_import_log.raw_text").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(first.at("/reencrypted/workout_import_log.parsed_exercises").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(first.at("/reencrypted/workout_plan_exercise.source_text").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(first.at("/reencrypted/llm_reply_cache.reply").asInt()).isEqualTo(1);
        assertThat(first.get("undecryptable").asInt()).isZero();
        for (var column : EncryptionRotation.COLUMNS) {
            String left = column.json()
                    ? column.column() + "::text like '%\"wpp1:" + idA + ":%'" // a plan line under the old key
                    : column.column() + " not like 'wpp1:" + idB + ":%'";
            assertThat(jdbc.queryForObject("select count(*) from " + column.table() + " where " + column.column()
                    + " is not null and " + left, Long.class)).as(column.name() + " left under the old key or plain").isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from workout_import_log where parsed_exercises::text like ?",
                Long.class, "%legacy unread line%")).isZero();

        // 2. the old key removed: nothing is left to re-encrypt and everything reads
        Files.writeString(KEY_FILE, KEY_B + "\n");
        JsonNode second = rotate();
        assertThat(second.get("keys").asInt()).isEqualTo(1);
        second.get("reencrypted").forEach(n -> assertThat(n.asInt()).isZero());
        assertThat(second.get("undecryptable").asInt()).isZero();

        JsonNode imported = api.get("/api/v1/imports/" + importId).json();
        assertThat(imported.toString()).contains(plan.lines().findFirst().orElseThrow());
        assertThat(api.get("/api/v1/imports/" + legacy).json().toString()).contains("legacy unread line");
        // as a restarted service that knows only the new key would read them
        PlanTextCipher onlyB = PlanTextCipher.of(KEY_B);
        assertThat(onlyB.decrypt(jdbc.queryForObject("select raw_text from workout_import_log where id = ?",
                String.class, importId))).isEqualTo(plan);
        assertThat(onlyB.decrypt(jdbc.queryForObject("select raw_text from workout_import_log where id = ?",
                String.class, legacy))).isEqualTo("Squat: 5x5 legacy");
        assertThat(new JdbcReplyCache(jdbc, onlyB).find("f".repeat(64)).orElseThrow().reply()).isEqualTo("{\"days\": []}");
        assertThat(new StoredPlanJson(onlyB).open(jdbc.queryForObject(
                "select parsed_exercises::text from workout_import_log where id = ?", String.class, legacy)))
                .contains("legacy unread line");

        // only admins rotate
        String token = api.postJson("/api/v1/users", "{\"displayName\": \"rotation-user\"}").json().get("token").asText();
        assertThat(api.withToken(token).postJson("/api/v1/admin/encryption/rotate", "{}").status()).isEqualTo(403);
    }

    private JsonNode rotate() {
        ApiClient.Response r = api.postJson("/api/v1/admin/encryption/rotate", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Rows as they were before encryption existed: plain text, plain JSON. */
    private UUID legacyRows() {
        UUID id = UUID.randomUUID();
        UUID admin = UUID.fromString(api.get("/api/v1/users/me").json().get("id").asText());
        jdbc.update("""
                insert into workout_import_log (id, user_id, raw_text, status, source, content_hash, parsed_exercises)
                values (?, ?, 'Squat: 5x5 legacy', 'STORED', 'rest', 'legacy-hash', cast(? as jsonb))""", id, admin,
                "{\"importId\": \"" + id + "\", \"status\": \"STORED\", \"days\": [], "
                        + "\"unreadLines\": [{\"line\": 2, \"text\": \"legacy unread line\"}]}");
        jdbc.update("""
                insert into llm_reply_cache (cache_key, provider, model, prompt_version, reply)
                values (?, 'openai', 'm', 'v1', '{"days": []}')""", "f".repeat(64));
        return id;
    }
}
