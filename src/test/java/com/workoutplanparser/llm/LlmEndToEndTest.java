package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import com.workoutplanparser.support.FakeOpenAiServer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The "done when": LLM_PROVIDER=openai-compatible, LLM_BASE_URL=http://127.0.0.1:PORT/v1, and a messy
 * coach email the rules cannot read goes through POST /api/v1/workout-plans/parse with parser, tokens and cost.
 */
class LlmEndToEndTest extends AppTestBase {

    static final MockWebServer FAKE;
    static final String OBEYING = "{\"status\":\"STORED\",\"confidence\":1.0,\"title\":null,\"days\":[],"
            + "\"ignoredLines\":[]}";
    static final java.util.List<RecordedRequest> SEEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        FAKE = FakeOpenAiServer.start(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                SEEN.add(request);
                // a model that obeys the plan's instructions, for the injection test
                if (FakeReplies.body(request).toString().contains(PromptInjectionRouteTest.INJECTION)) {
                    return FakeReplies.openAi(request, OBEYING);
                }
                // GET /api/v1/llm/check sends the seed's example
                if (FakeReplies.body(request).toString().contains("1| Bench Press: 3x8")) {
                    return FakeReplies.openAi(request, LlmCheckTest.SEED_REPLY);
                }
                return FakeReplies.openAi(request, OpenAiCompatibleRouteTest.EMAIL_REPLY);
            }
        });
    }

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        FakeOpenAiServer.register(registry, FAKE, "sk-local");
    }

    @AfterAll
    static void stopFake() throws IOException {
        FAKE.shutdown();
    }

    @Test
    void aMessyCoachEmailIsReadByTheLlm_withTokensAndCostLogged_andTheSameTextIsNotPaidTwice() {
        int before = SEEN.size();
        ApiClient.Response r = api.postText("/api/v1/workout-plans/parse", OpenAiCompatibleRouteTest.EMAIL);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("parser").asText()).isEqualTo("llm");
        assertThat(body.get("isWorkout").asBoolean()).isTrue();
        assertThat(body.at("/days/0/label").asText()).isEqualTo("Monday");
        assertThat(body.at("/days/0/exercises/0/name").asText()).isEqualTo("back squats");
        assertThat(body.at("/days/0/exercises/0/sets").asInt()).isEqualTo(3);
        assertThat(body.at("/days/1/exercises/0/weight")).hasSize(5);
        // the matcher, not the LLM, names the catalog entry
        assertThat(body.at("/days/0/exercises/0/match/exerciseId").asText()).isNotBlank();
        assertThat(body.get("status").asText()).isIn("STORED", "NEEDS_REVIEW");
        long inputTokens = body.at("/usage/inputTokens").asLong();
        assertThat(inputTokens).isEqualTo(FakeReplies.promptTokens(SEEN.get(before)));
        assertThat(body.at("/usage/outputTokens").asLong()).isEqualTo(
                FakeReplies.tokens(OpenAiCompatibleRouteTest.EMAIL_REPLY));

        Map<String, Object> row = jdbc.queryForMap("select parser, input_tokens, output_tokens, cost_usd "
                + "from workout_import_log where id = ?", UUID.fromString(body.get("importId").asText()));
        assertThat(row.get("parser")).isEqualTo("llm");
        assertThat(((Number) row.get("input_tokens")).longValue()).isEqualTo(inputTokens);
        assertThat((BigDecimal) row.get("cost_usd")).isPositive();

        ApiClient.Response again = api.postText("/api/v1/workout-plans/parse", OpenAiCompatibleRouteTest.EMAIL);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(SEEN).hasSize(before + 1);
        assertThat(again.json().get("parser").asText()).isEqualTo("llm");
        assertThat(again.json().at("/usage/inputTokens").asLong()).isZero();
        assertThat(again.json().at("/days/0/exercises")).hasSize(4);
    }

    @Test
    void llmCheck_sendsTheSeedsExampleThroughTheConfiguredModel_forAdminsOnly() {
        int before = SEEN.size();
        ApiClient.Response r = api.get("/api/v1/llm/check");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(SEEN).hasSize(before + 1);
        assertThat(FakeReplies.body(SEEN.get(before)).path("model").asText()).isEqualTo("gpt-4o-mini");
        JsonNode body = r.json();
        assertThat(body.get("ok").asBoolean()).isTrue();
        assertThat(body.get("provider").asText()).isEqualTo("openai-compatible");
        assertThat(body.get("responseFormat").asText()).isEqualTo("json_schema");
        assertThat(body.get("exercises")).extracting(JsonNode::asText)
                .containsExactly("Bench Press 3x8", "Squat 5x5", "Deadlift 1x5");
        assertThat(body.at("/read/days/0/exercises/2/name").asText()).isEqualTo("Deadlift");
        assertThat(body.at("/usage/inputTokens").asLong()).isEqualTo(FakeReplies.promptTokens(SEEN.get(before)));
        assertThat(body.at("/usage/estimatedCostUsd").asDouble()).isPositive();
        assertThat(body.get("latencyMs").isIntegralNumber()).isTrue();

        String userToken = api.postJson("/api/v1/users", "{\"displayName\": \"Check User\", \"role\": \"reviewer\"}")
                .json().get("token").asText();
        ApiClient.Response refused = api.withToken(userToken).get("/api/v1/llm/check");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(SEEN).hasSize(before + 1);
    }

    @Test
    void healthNamesTheProviderAndTheCircuit() {
        ApiClient.Response health = api.get("/actuator/health");
        assertThat(health.json().at("/components/llm/details/provider").asText()).isEqualTo("openai-compatible");
        assertThat(health.json().at("/components/llm/details/parserMode").asText()).isEqualTo("hybrid");
        assertThat(health.json().at("/components/llm/details/circuit").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aPlanThatInstructsTheModel_changesNothingInRouting() {
        ApiClient.Response r = api.postText("/api/v1/workout-plans/parse", PromptInjectionRouteTest.PLAN);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        // the obeying replies were refused by the schema: the rules' reading goes on, and is never stored as is
        assertThat(r.json().get("parser").asText()).isEqualTo("rules");
        assertThat(r.json().get("status").asText()).isNotEqualTo("STORED");
        assertThat(r.json().get("workoutPlanId").isNull()).isTrue();
        assertThat(r.body()).doesNotContain("\"confidence\":1.0");
    }
}
