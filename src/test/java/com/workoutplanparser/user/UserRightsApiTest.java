package com.workoutplanparser.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's rights through the real API on the embedded PostgreSQL: consent, export, deletion, token rotation
 * (issue 13). Each test makes its own users, so the shared context's admin and data stay as they were.
 */
class UserRightsApiTest extends AppTestBase {

    private static final String STORED_PLAN = "Bench Press: 3x8\nSquat: 5x5\nDeadlift: 1x5";

    @Autowired
    UserStore users;

    private record NewUser(UUID id, String token, ApiClient api) {
    }

    private NewUser newUser(String role) {
        String name = "rights-" + UUID.randomUUID();
        ApiClient.Response r = api.postJson("/api/v1/users",
                "{\"displayName\":\"" + name + "\",\"email\":\"" + name + "@example.test\",\"role\":\"" + role + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String token = r.json().get("token").asText();
        return new NewUser(UUID.fromString(r.json().get("id").asText()), token, api.withToken(token));
    }

    @Test
    void aUserOptsOutAndIn_anAdminSetsItForAnyone_andNobodyElseCan() {
        NewUser user = newUser("user");
        NewUser other = newUser("user");
        assertThat(user.api().get("/api/v1/users/me").json().get("aiProcessing").asBoolean()).isTrue();

        ApiClient.Response out = user.api().patchJson("/api/v1/users/me", "{\"aiProcessing\": false}");
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.json().get("aiProcessing").asBoolean()).isFalse();
        assertThat(users.allowsAiProcessing(user.id())).isFalse();
        // the cached caller is dropped at once: the next request sees the new consent
        assertThat(user.api().get("/api/v1/users/me").json().get("aiProcessing").asBoolean()).isFalse();

        assertThat(user.api().patchJson("/api/v1/users/" + other.id(), "{\"aiProcessing\": false}").status()).isEqualTo(403);
        assertThat(users.allowsAiProcessing(other.id())).isTrue();

        ApiClient.Response byAdmin = api.patchJson("/api/v1/users/" + user.id(), "{\"aiProcessing\": true}");
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        assertThat(users.allowsAiProcessing(user.id())).isTrue();

        assertThat(user.api().patchJson("/api/v1/users/me", "{\"aiProcessing\": \"no\"}").json().get("error").asText())
                .isEqualTo("invalid_consent");
        assertThat(user.api().patchJson("/api/v1/users/me", "{\"aiProcessing\": false, \"tier\": \"paid\"}")
                .json().get("error").asText()).isEqualTo("unknown_field");
        assertThat(users.allowsAiProcessing(user.id())).isTrue();
        assertThat(api.patchJson("/api/v1/users/" + UUID.randomUUID(), "{\"aiProcessing\": true}").status()).isEqualTo(404);
    }

    @Test
    void aRotatedTokenWorks_andTheOldOneIsRefusedAtOnce() {
        NewUser user = newUser("user");
        assertThat(user.api().get("/api/v1/users/me").status()).isEqualTo(200); // now in the token cache

        ApiClient.Response rotated = user.api().postJson("/api/v1/users/me/token", "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String fresh = rotated.json().get("token").asText();
        assertThat(fresh).isNotEqualTo(user.token()).startsWith("wpp_");
        assertThat(user.api().get("/api/v1/users/me").status()).isEqualTo(401);
        ApiClient renewed = api.withToken(fresh);
        assertThat(renewed.get("/api/v1/users/me").json().get("id").asText()).isEqualTo(user.id().toString());

        // an admin rotates anyone's; a user nobody else's
        NewUser other = newUser("user");
        assertThat(renewed.postJson("/api/v1/users/" + other.id() + "/token", "").status()).isEqualTo(403);
        assertThat(other.api().get("/api/v1/users/me").status()).isEqualTo(200);
        ApiClient.Response byAdmin = api.postJson("/api/v1/users/" + other.id() + "/token", "");
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(other.api().get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(api.withToken(byAdmin.json().get("token").asText()).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void theAdminRotatesItsOwnToken_whichLastsUntilARestartPutsApiTokenBack() {
        ApiClient.Response rotated = api.postJson("/api/v1/users/me/token", "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String fresh = rotated.json().get("token").asText();
        try {
            assertThat(api.get("/api/v1/users/me").status()).isEqualTo(401);
            assertThat(api.withToken(fresh).get("/api/v1/users/me").status()).isEqualTo(200);

            // a start without API_TOKEN keeps the rotated token
            new FirstUserInitializer(users, withApiToken("")).run(null);
            assertThat(api.withToken(fresh).get("/api/v1/users/me").status()).isEqualTo(200);
            assertThat(api.get("/api/v1/users/me").status()).isEqualTo(401);
        } finally {
            // a start with API_TOKEN set (as the tests' configuration has it) makes it the admin's token again
            new FirstUserInitializer(users, withApiToken(ADMIN_TOKEN)).run(null);
        }
        assertThat(api.get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(api.withToken(fresh).get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void theExportHoldsTheUsersImportsWithTheirText_plansAndReviews_andNothingOfOthers() {
        NewUser user = newUser("user");
        NewUser other = newUser("user");
        String word = "Quorvantle";
        ApiClient.Response stored = user.api().postText("/api/v1/workout-plans/parse",
                STORED_PLAN + "\n" + word + " says keep the rest short");
        ApiClient.Response review = user.api().postText("/api/v1/workout-plans/parse", "Zwibbel flarp: 3x8");
        other.api().postText("/api/v1/workout-plans/parse", "Squat: 5x5\nOthersword lunges 3x10");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(review.json().get("status").asText()).isEqualTo("NEEDS_REVIEW");

        ApiClient.Response r = user.api().get("/api/v1/users/me/export");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.at("/user/id").asText()).isEqualTo(user.id().toString());
        assertThat(doc.at("/user/aiProcessing").asBoolean()).isTrue();
        assertThat(doc.get("imports")).hasSize(2);
        assertThat(doc.at("/imports/0/text").asText()).contains(word);
        assertThat(doc.at("/imports/0/result/days/0/exercises")).isNotEmpty();
        assertThat(doc.at("/imports/0/result/readBy/parser").asText()).isNotBlank();
        assertThat(doc.at("/imports/1/text").asText()).isEqualTo("Zwibbel flarp: 3x8");
        List<String> planIds = new ArrayList<>();
        doc.get("plans").forEach(p -> planIds.add(p.get("id").asText()));
        if (!stored.json().get("workoutPlanId").isNull()) {
            assertThat(planIds).containsExactly(stored.json().get("workoutPlanId").asText());
            assertThat(doc.at("/plans/0/days/0/exercises/0/name").asText()).isEqualTo("Bench Press");
        }
        assertThat(doc.get("reviews")).hasSize(stored.json().get("reviewId").isNull() ? 1 : 2);
        assertThat(r.body()).doesNotContain("Othersword").doesNotContain(other.id().toString());

        // an admin exports anyone; a user nobody else
        assertThat(api.get("/api/v1/users/" + user.id() + "/export").json().get("imports")).hasSize(2);
        assertThat(other.api().get("/api/v1/users/" + user.id() + "/export").status()).isEqualTo(403);
    }

    @Test
    void deletingAUserLeavesNoRowOfTheirsInAnyTable_andTheirTokenIsRefused() throws Exception {
        NewUser user = newUser("user");
        NewUser keep = newUser("user");
        user.api().postText("/api/v1/workout-plans/parse", STORED_PLAN);
        user.api().postText("/api/v1/workout-plans/parse", "Zwibbel flarp: 3x8");
        keep.api().postText("/api/v1/workout-plans/parse", STORED_PLAN);
        HttpResponse<String> withKey = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/workout-plans/parse"))
                .header("Authorization", "Bearer " + user.token()).header("Content-Type", "text/plain")
                .header("Idempotency-Key", "delete-me-1").POST(HttpRequest.BodyPublishers.ofString("Squat: 5x5"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withKey.statusCode()).as(withKey.body()).isEqualTo(200);
        List<UUID> imports = jdbc.queryForList("select id from workout_import_log where user_id = ?", UUID.class, user.id());
        List<UUID> plans = jdbc.queryForList("select id from workout_plan where user_id = ?", UUID.class, user.id());
        assertThat(imports).hasSize(3);
        assertThat(count("idempotency_key", "user_id", List.of(user.id()))).isEqualTo(1);
        long keptImports = jdbc.queryForObject("select count(*) from workout_import_log where user_id = ?", Long.class, keep.id());

        assertThat(keep.api().delete("/api/v1/users/" + user.id()).status()).isEqualTo(403);
        ApiClient.Response deleted = user.api().delete("/api/v1/users/me");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().at("/removed/imports").asInt()).isEqualTo(3);
        assertThat(deleted.json().at("/removed/users").asInt()).isEqualTo(1);

        assertThat(user.api().get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(users.findById(user.id())).isEmpty();
        // every column that can hold one of their ids, by foreign key or by name, holds none of them
        Map<String, List<UUID>> idsOf = Map.of("app_user", List.of(user.id()), "workout_import_log", imports,
                "workout_plan", plans);
        for (Map<String, Object> fk : jdbc.queryForList("""
                select kcu.table_name, kcu.column_name, ccu.table_name as target
                  from information_schema.table_constraints tc
                  join information_schema.key_column_usage kcu
                    on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
                  join information_schema.constraint_column_usage ccu
                    on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
                 where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
                   and ccu.table_name in ('app_user', 'workout_import_log', 'workout_plan')""")) {
            String table = (String) fk.get("table_name");
            String column = (String) fk.get("column_name");
            assertThat(count(table, column, idsOf.get((String) fk.get("target")))).as(table + "." + column).isZero();
        }
        for (Map<String, Object> col : jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                 where table_schema = current_schema() and data_type = 'uuid'
                   and column_name in ('user_id', 'owner_id', 'import_id', 'corrected_by', 'decided_by')""")) {
            String column = (String) col.get("column_name");
            List<UUID> ids = column.equals("import_id") ? imports : List.of(user.id());
            assertThat(count((String) col.get("table_name"), column, ids)).as(col.toString()).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from intake_mail_reply where import_ids && ?::uuid[]", Long.class,
                (Object) imports.stream().map(UUID::toString).toArray(String[]::new))).isZero();
        // nobody else's data went with them
        assertThat(jdbc.queryForObject("select count(*) from workout_import_log where user_id = ?", Long.class, keep.id()))
                .isEqualTo(keptImports);
        assertThat(keep.api().get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/users/" + user.id()).status()).isEqualTo(404);
    }

    @Test
    void anAdminDeletesAnotherUser() {
        NewUser user = newUser("reviewer");
        user.api().postText("/api/v1/workout-plans/parse", STORED_PLAN);
        ApiClient.Response deleted = api.delete("/api/v1/users/" + user.id());
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from workout_import_log where user_id = ?", Long.class, user.id()))
                .isZero();
        assertThat(user.api().get("/api/v1/users/me").status()).isEqualTo(401);
    }

    private long count(String table, String column, List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(*) from " + table + " where " + column + " = any (?::uuid[])",
                Long.class, (Object) ids.stream().map(UUID::toString).toArray(String[]::new));
        return n == null ? 0 : n;
    }

    private static com.workoutplanparser.config.ServiceSettings withApiToken(String token) {
        return new com.workoutplanparser.config.ServiceSettings(200_000, "http://localhost:8080", token);
    }
}
