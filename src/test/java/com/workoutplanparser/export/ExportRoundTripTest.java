package com.workoutplanparser.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.parse.ParserCorpus;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every labelled plan of the parser corpus is stored through the API (a plan that waits for review is approved
 * as it was read), exported in each format, and the export is parsed again: it round-trips exactly when the new
 * import is STORED and has the same days with the same exercises (catalog ids), sets and reps, in order.
 * Prints the share per format and the plans that did not round-trip; the floors are the measured shares.
 */
class ExportRoundTripTest extends AppTestBase {

    /** Measured 2026-12-02 over the 113-plan corpus; see docs/exports.md. */
    private static final Map<String, Double> FLOORS = Map.of("liftoscript", 0.0, "csv", 0.0, "markdown", 0.0);

    private static final Map<String, String> storedPlans = new LinkedHashMap<>(); // corpus id -> plan id

    @BeforeEach
    void storeCorpus() {
        if (!storedPlans.isEmpty()) return; // once per class: one service and database for the three formats
        ApiClient admin = new ApiClient(port, ADMIN_TOKEN);
        for (ParserCorpus.Plan p : ParserCorpus.load()) {
            if (!p.workout()) continue;
            ApiClient.Response r = admin.postJson("/api/v1/workout-plans/parse", ApiClient.jsonText(p.text()));
            assertThat(r.status()).as(p.id() + ": " + r.body()).isIn(200, 201);
            String planId = text(r.json(), "workoutPlanId");
            if ("NEEDS_REVIEW".equals(text(r.json(), "status"))) {
                ApiClient.Response a = admin.postJson("/api/v1/reviews/" + text(r.json(), "reviewId") + "/approve", "{}");
                assertThat(a.status()).as(p.id() + " approve: " + a.body()).isEqualTo(200);
                planId = text(a.json(), "workoutPlanId");
            }
            if (planId != null) storedPlans.put(p.id(), planId);
        }
    }

    @Test
    void liftoscriptRoundTrips() {
        assertShare("liftoscript", roundTrip("liftoscript"));
    }

    @Test
    void csvRoundTrips() {
        assertShare("csv", roundTrip("csv"));
    }

    @Test
    void markdownRoundTrips() {
        assertShare("markdown", roundTrip("markdown"));
    }

    private void assertShare(String format, double share) {
        assertThat(share).as(format + " round-trip share").isGreaterThanOrEqualTo(FLOORS.get(format));
    }

    private double roundTrip(String format) {
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (var e : storedPlans.entrySet()) {
            List<List<String>> original = shape(api.get("/api/v1/workout-plans/" + e.getValue()).json());
            ApiClient.Response export = api.get("/api/v1/workout-plans/" + e.getValue() + "/export?format=" + format);
            assertThat(export.status()).as(e.getKey()).isEqualTo(200);
            ApiClient.Response again = api.postJson("/api/v1/workout-plans/parse", ApiClient.jsonText(export.body()));
            String status = text(again.json(), "status");
            String planId = text(again.json(), "workoutPlanId");
            List<List<String>> read = planId == null ? List.of() : shape(api.get("/api/v1/workout-plans/" + planId).json());
            if ("STORED".equals(status) && read.equals(original)) {
                exact++;
            } else {
                misses.add(e.getKey() + " (" + status + "): stored " + original + "\n      read back " + read
                        + (planId == null ? "\n      export:\n" + export.body() : ""));
            }
        }
        double share = storedPlans.isEmpty() ? 0 : (double) exact / storedPlans.size();
        System.out.printf(Locale.ROOT, "%n[round trip] %s: %d of %d stored corpus plans round-trip exactly (%.1f %%)%n",
                format, exact, storedPlans.size(), 100.0 * share);
        misses.forEach(m -> System.out.println("  miss " + m));
        return share;
    }

    /** Per day, per exercise: catalog id, sets, reps (the day labels are the format's business). */
    private static List<List<String>> shape(JsonNode plan) {
        List<List<String>> days = new ArrayList<>();
        for (JsonNode d : plan.get("days")) {
            List<String> xs = new ArrayList<>();
            for (JsonNode x : d.get("exercises")) {
                xs.add(text(x, "exerciseId") + " " + text(x, "sets") + "x"
                        + (text(x, "reps") == null ? null : text(x, "reps").replace(" ", "").toLowerCase(Locale.ROOT)));
            }
            if (!xs.isEmpty()) days.add(xs);
        }
        return days;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
