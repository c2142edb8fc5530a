package com.workoutplanparser.export;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The export endpoint over real HTTP: format by parameter or Accept, the file name, and who may see a plan. */
class ExportApiTest extends AppTestBase {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> export(String token, String planId, String query, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/workout-plans/"
                + planId + "/export" + query)).header("Authorization", "Bearer " + token).GET();
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFormatIsChosenByParameterOrAcceptAndOnlyTheOwnerSeesThePlan() throws Exception {
        String owner = token("owner");
        ApiClient.Response parsed = api.withToken(owner).postJson("/api/v1/workout-plans/parse",
                ApiClient.jsonText("Day 1\nBench Press: 3x8 @ 60kg\nSquat: 5x5"));
        assertThat(parsed.json().get("status").asText()).as(parsed.body()).isEqualTo("STORED");
        String plan = parsed.json().get("workoutPlanId").asText();

        HttpResponse<String> csv = export(owner, plan, "", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(plan + ".csv");
        assertThat(csv.body()).startsWith(StrongCsvExport.HEADER);

        HttpResponse<String> md = export(owner, plan, "?format=markdown", "text/csv");
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).contains("| Barbell Bench Press | 3 | 8 | 60 kg |");

        HttpResponse<String> lifto = export(owner, plan, "", null);
        assertThat(lifto.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(lifto.body()).contains("## Day 1\nBarbell Bench Press / 3x8 / 60kg\nBarbell Back Squat / 5x5\n");

        assertThat(export(owner, plan, "?format=pdf", null).statusCode()).isEqualTo(400);
        assertThat(export(owner, plan, "", "application/json").statusCode()).isEqualTo(406);
        assertThat(export(token("stranger"), plan, "?format=csv", null).statusCode()).isEqualTo(404);
        assertThat(export(ADMIN_TOKEN, plan, "?format=csv", null).statusCode()).isEqualTo(200);
        assertThat(export(owner, UUID.randomUUID().toString(), "", null).statusCode()).isEqualTo(404);
    }

    private String token(String who) {
        return api.postJson("/api/v1/users", "{\"email\": \"" + who + "-" + UUID.randomUUID() + "@example.test\","
                + " \"displayName\": \"" + who + "\", \"role\": \"user\"}").json().get("token").asText();
    }
}
