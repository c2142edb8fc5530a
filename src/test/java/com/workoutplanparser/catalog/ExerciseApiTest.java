package com.workoutplanparser.catalog;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.user.ApiTokens;
import com.workoutplanparser.user.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog API over real HTTP: the seeded catalog, matching, and edits that the matcher sees at once. */
class ExerciseApiTest extends AppTestBase {

    @Autowired
    UserStore users;

    @Test
    void seededCatalogIsListedAndSearchable() {
        ApiClient.Response all = api.get("/api/v1/exercises?limit=1000");
        ApiClient.Response search = api.get("/api/v1/exercises?q=sentadilla");

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("count").asInt()).isGreaterThanOrEqualTo(500);
        assertThat(search.json().get("exercises").findValuesAsText("id")).contains("barbell-back-squat");
        ApiClient.Response one = api.get("/api/v1/exercises/barbell-bench-press");
        assertThat(one.json().get("name").asText()).isEqualTo("Barbell Bench Press");
        assertThat(one.json().get("aliases").findValuesAsText("text")).contains("bench press");
        assertThat(api.get("/api/v1/exercises/no-such-exercise").status()).isEqualTo(404);
    }

    @Test
    void matchEndpointAnswersTheContract() {
        ApiClient.Response r = api.get("/api/v1/exercises/match?q=Bench%20Press");
        ApiClient.Response nothing = api.get("/api/v1/exercises/match?q=zzqqxx%20wwvv");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("query").asText()).isEqualTo("Bench Press");
        assertThat(r.json().at("/match/exerciseId").asText()).isEqualTo("barbell-bench-press");
        assertThat(r.json().at("/match/level").asText()).isEqualTo("high");
        assertThat(r.json().at("/match/alternatives").isArray()).isTrue();
        assertThat(nothing.json().get("match").isNull()).isTrue();
        assertThat(api.get("/api/v1/exercises/match").status()).isEqualTo(400);
    }

    @Test
    void theMatchSaysWhichModifierIsMissingAndWhenContextDecided() {
        ApiClient.Response variant = api.get("/api/v1/exercises/match?q=Sissy%20Squat%20(Weighted)");
        assertThat(variant.status()).isEqualTo(200);
        var match = variant.json().get("match");
        if (match.get("unmatchedModifiers").size() > 0) { // the catalog may gain the variant itself
            assertThat(match.get("level").asText()).isEqualTo("medium");
            assertThat(match.get("unmatchedModifiers").get(0).asText()).isEqualTo("weighted");
            assertThat(match.get("note").asText()).contains("weighted");
        } else {
            assertThat(match.get("name").asText()).containsIgnoringCase("weighted");
        }
        ApiClient.Response row = api.get("/api/v1/exercises/match?q=Row&distance=500&block=WOD");
        assertThat(row.json().get("match").get("exerciseId").asText()).isEqualTo("rowing-machine");
        assertThat(row.json().get("match").get("contextRule").asText()).isEqualTo("cardio-measure");
        ApiClient.Response plain = api.get("/api/v1/exercises/match?q=Row");
        assertThat(plain.json().get("match").get("contextRule").isNull()).isTrue();
    }

    @Test
    void anExerciseAddedThroughTheApiIsMatchedAtOnce() {
        String name = "Zercher Carry Deluxe " + UUID.randomUUID().toString().substring(0, 6);
        ApiClient.Response created = api.postJson("/api/v1/exercises", """
                {"name": "%s", "equipment": "barbell", "pattern": "carry",
                 "aliases": [{"alias": "zcd%s", "language": "en"}]}""".formatted(name, name.substring(name.length() - 6)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        ApiClient.Response match = api.get("/api/v1/exercises/match?q=zcd" + name.substring(name.length() - 6));
        assertThat(match.json().at("/match/exerciseId").asText()).isEqualTo(id);
        assertThat(match.json().at("/match/level").asText()).isEqualTo("high");

        ApiClient.Response renamed = api.putJson("/api/v1/exercises/" + id,
                "{\"name\": \"" + name + " Renamed\", \"equipment\": \"barbell\", \"aliases\": []}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).endsWith("Renamed");
        assertThat(renamed.json().get("aliases")).isEmpty();
        assertThat(api.postJson("/api/v1/exercises", "{\"name\": \"" + name + "\"}").status()).isEqualTo(409);
    }

    @Test
    void onlyReviewersMayChangeTheCatalogAndInputIsChecked() {
        String token = ApiTokens.generate();
        users.create(null, "Plain user", "user", ApiTokens.hash(token));
        ApiClient plain = api.withToken(token);

        assertThat(plain.postJson("/api/v1/exercises", "{\"name\": \"Mine\"}").status()).isEqualTo(403);
        assertThat(plain.get("/api/v1/exercises/match?q=squat").status()).isEqualTo(200);
        ApiClient.Response noName = api.postJson("/api/v1/exercises", "{\"equipment\": \"barbell\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("message").asText()).contains("name");
        assertThat(api.postJson("/api/v1/exercises", "not json").status()).isEqualTo(400);
    }
}
