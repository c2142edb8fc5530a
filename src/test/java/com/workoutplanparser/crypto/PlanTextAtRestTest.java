package com.workoutplanparser.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's first done-when: a word that appears only in a plan's prose line is stored nowhere in the database
 * in the clear, while the API still shows it decrypted.
 *
 * <p>Why a full scan and not {@code pg_dump}: the embedded PostgreSQL is 17 and zonky's packaged binaries hold no
 * pg_dump; Debian's pg_dump on these machines is 15, which refuses to dump a newer server. So every row of every
 * table in the schema is read as text ({@code select t::text from <table> t}: every column, JSON and arrays
 * included), which is what a dump contains. (ops/backup-selftest.sh checks the same with a real pg_dump.)
 */
class PlanTextAtRestTest extends AppTestBase {

    @Test
    void wordsOfAnExerciseLineAndOfAProseLineAreInNoRowOfAnyTable_butTheApiShowsTheLine() {
        String lineWord = secretWord();
        String proseWord = secretWord();
        String plan = "Upper body A\nBench Press: 3x8 slow " + lineWord + "\nSquat: 5x5\n"
                + "Remember to breathe and enjoy the " + proseWord + " feeling after every set.\nDeadlift: 1x5";

        ApiClient.Response r = api.postText("/api/v1/workout-plans/parse", plan);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        UUID importId = UUID.fromString(r.json().get("importId").asText());

        assertThat(rowsContaining(lineWord)).as("rows holding the exercise line's word in the clear").isEmpty();
        assertThat(rowsContaining(proseWord)).as("rows holding the prose word in the clear").isEmpty();
        // ...and the text is really there, encrypted
        String stored = jdbc.queryForObject("select raw_text from workout_import_log where id = ?", String.class, importId);
        assertThat(stored).startsWith("wpp1:" + cipher.primaryKeyId() + ":");
        assertThat(cipher.decrypt(stored)).isEqualTo(plan);

        JsonNode imported = api.get("/api/v1/imports/" + importId).json();
        assertThat(imported.toString()).as("the import as the API shows it").contains(lineWord).doesNotContain("wpp1:");
        JsonNode storedPlan = api.get("/api/v1/workout-plans/" + imported.get("workoutPlanId").asText()).json();
        assertThat(storedPlan.toString()).contains("slow " + lineWord).doesNotContain("wpp1:");
    }

    /** The done-when itself: the prose word is stored nowhere in the clear, and the reviewer reads it. */
    @Test
    void aProseWordIsInNoRowOfAnyTable_andTheReviewerSeesItDecrypted() {
        String word = secretWord();
        // a name in no catalog sends it to review; names stay plain (structured), the prose line does not
        String unknownName = "Zorch" + secretWord() + " Press";
        String plan = "Bench Press: 3x8\n" + unknownName + " 3x8\nSquat: 5x5\nKeep the " + word + " rhythm throughout.";
        JsonNode parsed = api.postText("/api/v1/workout-plans/parse", plan).json();
        assertThat(parsed.get("status").asText()).as(parsed.toString()).isEqualTo("NEEDS_REVIEW");

        JsonNode review = api.get("/api/v1/reviews/" + parsed.get("reviewId").asText()).json();

        assertThat(review.get("rawText").asText()).isEqualTo(plan);
        assertThat(review.toString()).contains(unknownName).doesNotContain("wpp1:");
        assertThat(rowsContaining(word)).isEmpty();
        // the owner's export (GET /api/v1/users/me/export) holds it decrypted too
        ApiClient.Response export = api.get("/api/v1/users/me/export");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).contains(word);
    }

    /** Lowercase letters only, new each run, so it can be nowhere else (the rules read no number out of it). */
    private static String secretWord() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder("qv");
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** Every row of every table in the schema, as text, that contains the word (case-insensitive). */
    private List<String> rowsContaining(String word) {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class);
        assertThat(tables).contains("workout_import_log", "workout_plan_exercise", "review_item", "llm_reply_cache");
        String pattern = "%" + word.toLowerCase(Locale.ROOT) + "%";
        return tables.stream().flatMap(t -> jdbc.queryForList(
                        "select t::text from \"" + t + "\" t where lower(t::text) like ?", String.class, pattern)
                .stream().map(row -> t + ": " + row)).toList();
    }
}
