package com.workoutplanparser.retention;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.intake.IntakeTestBase;
import com.workoutplanparser.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's retention done-when: an import older than IMPORT_RETENTION_DAYS (180 here, the default) is gone
 * after {@code POST /api/v1/admin/retention}, with its review item, and its stored plan remains (unlinked); old
 * inbox/.done files and reply-cache entries go too, younger ones stay, and the metrics count what went.
 */
class RetentionTest extends IntakeTestBase {

    private static final String PARSE = "/api/v1/workout-plans/parse";

    @Test
    void oldImportsGoWithTheirReviews_theirPlansStay_youngerDataStays() throws Exception {
        JsonNode stored = api.postText(PARSE, "Bench Press: 3x8\nSquat: 5x5 " + UUID.randomUUID()).json();
        assertThat(stored.get("status").asText()).isEqualTo("STORED");
        UUID oldImport = UUID.fromString(stored.get("importId").asText());
        UUID plan = UUID.fromString(stored.get("workoutPlanId").asText());
        JsonNode reviewed = api.postText(PARSE, "Bench Press: 3x8\nZorch" + UUID.randomUUID().toString().substring(0, 6)
                + " Press 3x8").json();
        assertThat(reviewed.get("status").asText()).isEqualTo("NEEDS_REVIEW");
        UUID oldReviewed = UUID.fromString(reviewed.get("importId").asText());
        UUID young = UUID.fromString(api.postText(PARSE, "Deadlift: 1x5 " + UUID.randomUUID()).json().get("importId").asText());
        jdbc.update("update workout_import_log set created_at = now() - interval '200 days' where id in (?, ?)",
                oldImport, oldReviewed);
        String oldKey = "a".repeat(63) + "1";
        String youngKey = "a".repeat(63) + "2";
        jdbc.update("delete from llm_reply_cache where cache_key in (?, ?)", oldKey, youngKey);
        jdbc.update("insert into llm_reply_cache (cache_key, provider, model, prompt_version, reply, created_at) "
                + "values (?, 'openai', 'm', 'v1', 'x', now() - interval '181 days'), (?, 'openai', 'm', 'v1', 'x', now())",
                oldKey, youngKey);
        Path oldFile = INBOX.resolve(".done/2020-01-01/old-plan-" + UUID.randomUUID() + ".txt");
        Path youngFile = INBOX.resolve(".done/" + java.time.LocalDate.now() + "/young-plan-" + UUID.randomUUID() + ".txt");
        Files.createDirectories(oldFile.getParent());
        Files.createDirectories(youngFile.getParent());
        Files.writeString(oldFile, "Squat: 5x5");
        Files.writeString(youngFile, "Squat: 5x5");
        Files.setLastModifiedTime(oldFile, FileTime.from(Instant.now().minus(Duration.ofDays(200))));

        ApiClient.Response r = api.postJson("/api/v1/admin/retention", "{}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode purged = r.json().get("purged");
        assertThat(r.json().get("retentionDays").asInt()).isEqualTo(180);
        assertThat(purged.get("imports").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(purged.get("reviews").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(purged.get("reply_cache").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(purged.get("done_files").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(count("select count(*) from workout_import_log where id in (?, ?)", oldImport, oldReviewed)).isZero();
        assertThat(count("select count(*) from review_item where import_id = ?", oldReviewed)).isZero();
        assertThat(api.get("/api/v1/imports/" + oldImport).status()).isEqualTo(404);
        ApiClient.Response planAfter = api.get("/api/v1/workout-plans/" + plan);
        assertThat(planAfter.status()).as("the plan stays").isEqualTo(200);
        assertThat(planAfter.json().get("importId").isNull()).as("unlinked from the deleted import").isTrue();
        assertThat(planAfter.json().at("/days/0/exercises")).hasSize(2);

        assertThat(count("select count(*) from workout_import_log where id = ?", young)).isEqualTo(1);
        assertThat(count("select count(*) from llm_reply_cache where cache_key = ?", oldKey)).isZero();
        assertThat(count("select count(*) from llm_reply_cache where cache_key = ?", youngKey)).isEqualTo(1);
        assertThat(oldFile).doesNotExist();
        assertThat(oldFile.getParent()).as("an emptied date folder goes too").doesNotExist();
        assertThat(youngFile).exists();

        String metrics = api.get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("workout_retention_purged_total\\{[^}]*what=\"imports\"[^}]*} [1-9]");

        String token = api.postJson("/api/v1/users", "{\"displayName\": \"retention-user\"}").json().get("token").asText();
        assertThat(api.withToken(token).postJson("/api/v1/admin/retention", "{}").status()).isEqualTo(403);
    }
}
