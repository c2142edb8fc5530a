package com.workoutplanparser.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's "done when": with aiProcessing false the OpenAI-compatible fake receives no request for the user's
 * prose plan and the import goes to review; with it true the fake receives one. The response and the review item
 * say whether an LLM read the plan, and which.
 */
class ConsentGateTest extends PrivacyTestBase {

    @Test
    void anOptedOutUsersProsePlanNeverReachesTheProvider_andGoesToReview() {
        User user = newUser("optout");
        assertThat(user.api().patchJson("/api/v1/users/me", "{\"aiProcessing\": false}").status()).isEqualTo(200);
        String plan = prose("Consent-out");
        int before = SENT_TO_LLM.size();

        ApiClient.Response r = user.api().postText("/api/v1/workout-plans/parse", plan);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(SENT_TO_LLM).hasSize(before);
        assertThat(body.get("status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(body.get("error").asText()).contains("opted out of AI processing");
        assertThat(body.at("/readBy/parser").asText()).isEqualTo("rules");
        assertThat(body.at("/readBy/provider").isNull()).isTrue();
        assertThat(body.at("/readBy/model").isNull()).isTrue();
        assertThat(body.at("/usage/inputTokens").asLong()).isZero();

        // the reviewer sees it too
        JsonNode review = api.get("/api/v1/reviews/" + body.get("reviewId").asText()).json();
        assertThat(review.at("/readBy/provider").isNull()).isTrue();
        assertThat(review.get("reason").asText()).contains("opted out");
    }

    @Test
    void anOptedInUsersProsePlanIsReadByTheProvider_andTheResponseSaysWhich() {
        User user = newUser("optin");
        int before = SENT_TO_LLM.size();

        ApiClient.Response r = user.api().postText("/api/v1/workout-plans/parse", prose("Consent-in"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(SENT_TO_LLM).hasSize(before + 1);
        assertThat(SENT_TO_LLM.get(before)).contains("Romanian deadlifts");
        JsonNode body = r.json();
        assertThat(body.at("/readBy/parser").asText()).isEqualTo("llm");
        assertThat(body.at("/readBy/provider").asText()).isEqualTo("openai-compatible");
        assertThat(body.at("/readBy/model").asText()).isEqualTo("gpt-4o-mini");
        if (!body.get("reviewId").isNull()) {
            JsonNode review = api.get("/api/v1/reviews/" + body.get("reviewId").asText()).json();
            assertThat(review.at("/readBy/provider").asText()).isEqualTo("openai-compatible");
        }
    }

    @Test
    void aPlanSentToTheProviderWhoseReplyFailed_stillNamesTheProvider() {
        User user = newUser("failed");
        int before = SENT_TO_LLM.size();

        ApiClient.Response r = user.api().postText("/api/v1/workout-plans/parse", prose(FAIL_MARKER));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(SENT_TO_LLM.size()).isGreaterThan(before);
        JsonNode body = r.json();
        assertThat(body.at("/readBy/parser").asText()).isEqualTo("rules");
        assertThat(body.at("/readBy/provider").asText()).isEqualTo("openai-compatible");
        assertThat(body.get("status").asText()).isIn("NEEDS_REVIEW", "REJECTED");
    }

    @Test
    void anAdminsOptOut_holdsForPlansAlreadyQueued() {
        User user = newUser("queued");
        int before = SENT_TO_LLM.size();
        // queued first, consent withdrawn by the admin before (or while) a worker takes it: read fresh per plan
        assertThat(api.patchJson("/api/v1/users/" + user.id(), "{\"aiProcessing\": false}").status()).isEqualTo(200);
        ApiClient.Response accepted = user.api().postText("/api/v1/workout-plans/parse?async=true", prose("Consent-queued"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        UUID importId = UUID.fromString(accepted.json().get("importId").asText());

        await("the queued import's outcome", Duration.ofSeconds(30), () -> !jdbc.queryForObject(
                "select status from workout_import_log where id = ?", String.class, importId)
                .matches("RECEIVED|PROCESSING"));

        assertThat(jdbc.queryForObject("select status from workout_import_log where id = ?", String.class, importId))
                .isEqualTo("NEEDS_REVIEW");
        assertThat(SENT_TO_LLM).hasSize(before);
        assertThat(jdbc.queryForObject("select parsed_exercises->'readBy'->>'provider' from workout_import_log where id = ?",
                String.class, importId)).isNull();
    }
}
