package com.workoutplanparser.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/exercises pages like the review queue (page, size, total); ?limit keeps working for older clients. */
class ExerciseCatalogPagingTest extends AppTestBase {

    @Test
    void pagesWalkTheWholeCatalogOnceWithItsTotal() {
        JsonNode first = ok(api.get("/api/v1/exercises?page=0&size=400"));
        int total = first.get("total").asInt();
        assertThat(total).as("the seeded catalog").isGreaterThan(1000);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(400);

        List<String> ids = new ArrayList<>();
        for (int page = 0; page * 400 < total; page++) {
            JsonNode body = ok(api.get("/api/v1/exercises?page=" + page + "&size=400"));
            assertThat(body.get("total").asInt()).isEqualTo(total);
            assertThat(body.get("count").asInt()).isEqualTo(body.get("exercises").size());
            body.get("exercises").forEach(e -> ids.add(e.get("id").asText()));
        }
        assertThat(ids).hasSize(total);
        assertThat(new HashSet<>(ids)).as("no exercise on two pages").hasSize(total);

        JsonNode past = ok(api.get("/api/v1/exercises?page=" + (total / 400 + 1) + "&size=400"));
        assertThat(past.get("exercises")).isEmpty();
        assertThat(past.get("total").asInt()).isEqualTo(total);
    }

    @Test
    void aSearchIsPagedAndCountedToo() {
        JsonNode all = ok(api.get("/api/v1/exercises?q=press&size=1000"));
        int total = all.get("total").asInt();
        assertThat(total).isGreaterThan(10).isEqualTo(all.get("exercises").size());
        JsonNode second = ok(api.get("/api/v1/exercises?q=press&page=1&size=5"));
        assertThat(second.get("total").asInt()).isEqualTo(total);
        assertThat(second.get("exercises").get(0).get("id").asText())
                .isEqualTo(all.get("exercises").get(5).get("id").asText());
    }

    @Test
    void limitStillWorksAndBadValuesAreClearErrors() {
        JsonNode limited = ok(api.get("/api/v1/exercises?limit=7"));
        assertThat(limited.get("exercises")).hasSize(7);
        assertThat(limited.get("count").asInt()).isEqualTo(7);
        assertThat(limited.get("size").asInt()).isEqualTo(7);
        assertThat(ok(api.get("/api/v1/exercises")).get("exercises")).hasSize(100);

        ApiClient.Response tooBig = api.get("/api/v1/exercises?size=5000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("error").asText()).isEqualTo("invalid_size");
        assertThat(api.get("/api/v1/exercises?page=-1").json().get("error").asText()).isEqualTo("invalid_page");
    }

    private static JsonNode ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
