package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Async REST, the batch form, and the queue's leases, against the running service. */
class QueueAndRestTest extends IntakeTestBase {

    private static final String PARSE = "/api/v1/workout-plans/parse";

    private String awaitStatus(String importId, String... statuses) {
        String[] seen = new String[1];
        await("import " + importId + " in " + String.join("/", statuses), Duration.ofSeconds(30), () -> {
            ApiClient.Response r = api.get("/api/v1/imports/" + importId);
            seen[0] = r.json() == null ? null : r.json().get("status").asText();
            return r.status() == 200 && java.util.List.of(statuses).contains(seen[0]);
        });
        return seen[0];
    }

    @Test
    void asyncParseAnswers202AtOnceAndAWorkerParsesIt() {
        ApiClient.Response r = api.postText(PARSE + "?async=true", "Bench Press: 3x8\nSquat: 5x5");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("status").asText()).isEqualTo("RECEIVED");
        String id = r.json().get("importId").asText();
        assertThat(r.json().get("location").asText()).isEqualTo("/api/v1/imports/" + id);
        awaitStatus(id, "STORED");
        ApiClient.Response done = api.get("/api/v1/imports/" + id);
        assertThat(done.json().at("/days/0/exercises")).hasSize(2);
        assertThat(count("select attempts from workout_import_log where id = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void theSynchronousFormStillAnswersWithTheOutcome() {
        ApiClient.Response r = api.postText(PARSE, "Bench Press: 3x8\nSquat: 5x5");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("STORED");
    }

    @Test
    void aBatchOfTextsIsQueuedWithOneImportEach() {
        ApiClient.Response r = api.postJson(PARSE + "/batch",
                "{\"texts\": [\"Bench Press: 3x8\", \"Squat: 5x5\", 42, \"Deadlift: 1x5\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        JsonNode imports = r.json().get("imports");
        assertThat(imports).hasSize(4);
        assertThat(imports.get(2).get("status").asText()).isEqualTo("REJECTED");
        for (int i : new int[]{0, 1, 3}) {
            assertThat(imports.get(i).get("status").asText()).isEqualTo("RECEIVED");
            awaitStatus(imports.get(i).get("importId").asText(), "STORED");
        }
        assertThat(count("select count(*) from workout_import_log where parent_ref = ?", r.json().get("batchId").asText()))
                .isEqualTo(3);
    }

    @Test
    void aMultipartUploadOfFilesIsQueued() throws Exception {
        String boundary = "b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "one.txt", "text/plain", "Bench Press: 3x8".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "two.docx", "application/octet-stream", TestDocuments.docx("Squat: 5x5"));
        part(body, boundary, "three.exe", "application/octet-stream", new byte[]{1, 2, 3});
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        ApiClient.Response r = api.postBytes(PARSE + "/batch", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        JsonNode imports = r.json().get("imports");
        assertThat(imports).hasSize(3);
        for (JsonNode i : imports) {
            if (i.get("name").asText().endsWith(".exe")) {
                assertThat(i.get("status").asText()).isEqualTo("REJECTED");
            } else {
                awaitStatus(i.get("importId").asText(), "STORED");
            }
        }
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String type, byte[] bytes) throws Exception {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anImportWhoseWorkerDiedIsClaimedAgainAfterItsLeaseAndGivenUpAfterMaxAttempts() {
        UUID owner = jdbc.queryForObject("select id from app_user where role = 'admin' order by created_at limit 1", UUID.class);
        UUID crashed = UUID.randomUUID();
        UUID hopeless = UUID.randomUUID();
        String sql = "insert into workout_import_log (id, user_id, raw_text, status, source, content_hash, lease_until,"
                + " attempts, claimed_by) values (?, ?, ?, 'PROCESSING', 'rest', 'x', now() - interval '1 second', ?, 'dead-instance')";
        jdbc.update(sql, crashed, owner, "Bench Press: 3x8", 1);
        jdbc.update(sql, hopeless, owner, "Squat: 5x5", 3);

        awaitStatus(crashed.toString(), "STORED");
        assertThat(count("select attempts from workout_import_log where id = ?", crashed)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select claimed_by from workout_import_log where id = ?", String.class, crashed))
                .isNotEqualTo("dead-instance");
        awaitStatus(hopeless.toString(), "FAILED");
        assertThat(jdbc.queryForObject("select error from workout_import_log where id = ?", String.class, hopeless))
                .contains("interrupted 3 times");
    }
}
