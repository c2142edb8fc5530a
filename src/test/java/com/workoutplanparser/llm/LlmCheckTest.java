package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/v1/llm/check's answers ({@link LlmCheck}), one per way a provider answers, against fakes on loopback. */
class LlmCheckTest {

    static final String SEED_REPLY = FakeReplies.compact(FakeReplies.resource("llm/seed-example.reply.json"));

    @RegisterExtension
    final LlmRig rig = new LlmRig();

    LlmCheck check(TestSettings s) {
        LlmSettings settings = s.build();
        LlmAvailability availability = LlmAvailability.of(settings);
        LlmStatus status = new LlmStatus(availability, ParserMode.HYBRID, settings.providerKind().id(),
                settings.effectiveModel());
        ReplyValidator validator = new ReplyValidator();
        return new LlmCheck(settings, status, availability.enabled()
                ? ChatModelFactory.create(settings, validator.schemaJson(), new TokenUsageListener()) : null,
                PlanPrompt.load("v1", validator.schemaJson(), !ChatModelFactory.enforcesSchema(settings.providerKind())),
                validator, PriceTable.of(settings));
    }

    TestSettings openAi() {
        TestSettings s = TestSettings.openAiCompatible(rig.baseUrl());
        return s;
    }

    @Test
    void aModelThatReadsTheExample_answersWhatItRead_latencyTokensAndCost() {
        rig.then(r -> FakeReplies.openAi(r, SEED_REPLY));

        LlmCheck.Report report = check(openAi()).run();

        RecordedRequest sent = rig.onlyRequest();
        JsonNode body = FakeReplies.body(sent);
        assertThat(body.path("messages").get(1).path("content").asText())
                .contains("1| Bench Press: 3x8\n2| Squat: 5x5\n3| Deadlift: 1x5\n");
        assertThat(report.ok()).isTrue();
        assertThat(report.status()).isEqualTo(200);
        Map<String, Object> answer = report.body();
        assertThat(answer).containsEntry("provider", "openai-compatible").containsEntry("model", "gpt-4o-mini")
                .containsEntry("responseFormat", "json_schema").containsEntry("sent", LlmCheck.EXAMPLE_PLAN);
        assertThat(answer.get("exercises")).asList().containsExactly("Bench Press 3x8", "Squat 5x5", "Deadlift 1x5");
        assertThat((Long) answer.get("latencyMs")).isNotNegative();
        @SuppressWarnings("unchecked")
        Map<String, Object> usage = (Map<String, Object>) answer.get("usage");
        long in = FakeReplies.promptTokens(sent);
        long out = FakeReplies.tokens(SEED_REPLY);
        assertThat(usage).containsEntry("inputTokens", in).containsEntry("outputTokens", out);
        assertThat((Double) usage.get("estimatedCostUsd")).isCloseTo(in * 0.15e-6 + out * 0.60e-6,
                org.assertj.core.data.Offset.offset(1e-12));
        System.out.printf("measured: the seed's example through the check, %d input + %d output tokens%n", in, out);
    }

    @Test
    void aModelWithoutStructuredOutputs_isReadInJsonMode_andTheAnswerSaysSo() {
        rig.then(LlmCheckTest::refusingJsonSchema).then(LlmCheckTest::refusingJsonSchema);

        LlmCheck.Report report = check(openAi()).run();

        assertThat(rig.requests).hasSize(2);
        assertThat(report.ok()).isTrue();
        assertThat(report.body()).containsEntry("responseFormat", "json_object");
        assertThat(report.body().get("exercises")).asList().hasSize(3);
    }

    @Test
    void forcedJsonSchema_onSuchAModel_failsAsSchemaRefused() {
        rig.then(LlmCheckTest::refusingJsonSchema);
        TestSettings s = openAi();
        s.responseFormat = "json_schema";

        LlmCheck.Report report = check(s).run();

        assertThat(report.status()).isEqualTo(502);
        assertThat(report.body()).containsEntry("ok", false).containsEntry("failure", "schema_refused")
                .containsEntry("providerStatus", 400);
        assertThat(report.body().get("reason").toString()).contains("LLM_RESPONSE_FORMAT=auto or json_object");
    }

    @Test
    void aModelWithoutAnyJsonOutput_isSaidSo_afterBothModesWereTried() {
        MockResponse noJsonMode = new MockResponse().setResponseCode(400).setBody("""
                {"error":{"message":"Invalid parameter: 'response_format' of type 'json_object' is not supported \
                with this model.","type":"invalid_request_error","param":"response_format","code":null}}""");
        rig.then(LlmCheckTest::refusingJsonSchema).then(r -> noJsonMode);

        LlmCheck.Report report = check(openAi()).run();

        assertThat(rig.requests).hasSize(2);
        assertThat(FakeReplies.body(rig.requests.get(1)).path("response_format").path("type").asText())
                .isEqualTo("json_object");
        assertThat(report.body()).containsEntry("failure", "schema_refused").containsEntry("responseFormat", "json_object");
        assertThat(report.body().get("reason").toString()).contains("refused JSON mode too")
                .contains("choose a model that has");
    }

    @Test
    void aRefusedKey_anUnknownModel_andATimeout_eachSayWhatToCheck() {
        rig.then(r -> FakeReplies.unauthorized());
        LlmCheck.Report refused = check(openAi()).run();
        assertThat(refused.body()).containsEntry("failure", "key_refused").containsEntry("providerStatus", 401);
        assertThat(refused.body().get("reason").toString()).contains("refused LLM_API_KEY");
        assertThat(refused.body().toString()).doesNotContain("sk-test-0000");

        rig.then(r -> new MockResponse().setResponseCode(404).setBody("""
                {"error":{"message":"The model `gpt-4o-mini-typo` does not exist or you do not have access to it.",\
                "type":"invalid_request_error","param":null,"code":"model_not_found"}}"""));
        LlmCheck.Report unknown = check(openAi()).run();
        assertThat(unknown.body()).containsEntry("failure", "model_not_found");
        assertThat(unknown.body().get("reason").toString()).contains("check LLM_MODEL and LLM_BASE_URL");

        rig.then(r -> FakeReplies.openAi(r, SEED_REPLY).setHeadersDelay(3, TimeUnit.SECONDS));
        TestSettings slow = openAi();
        slow.timeout = Duration.ofMillis(300);
        LlmCheck.Report timedOut = check(slow).run();
        assertThat(timedOut.status()).isEqualTo(502);
        assertThat(timedOut.body()).containsEntry("failure", "timeout");
        assertThat(timedOut.body().get("reason").toString()).contains("LLM_TIMEOUT=300ms");
        assertThat(timedOut.body()).containsKey("latencyMs");
    }

    @Test
    void aReplyOutsideTheSchema_isInvalidReply_withTheErrors() {
        rig.then(r -> FakeReplies.openAi(r, "{\"status\":\"STORED\",\"days\":[]}"));

        LlmCheck.Report report = check(openAi()).run();

        assertThat(report.status()).isEqualTo(502);
        assertThat(report.body()).containsEntry("failure", "invalid_reply").containsKey("usage");
        assertThat(report.body().get("reason").toString()).contains("not in the reply schema").contains("status");
    }

    @Test
    void noLlmConfigured_is409_withTheReason_andNoCall() {
        TestSettings s = new TestSettings();
        s.provider = "openai";
        s.apiKey = "";

        LlmCheck.Report report = check(s).run();

        assertThat(report.status()).isEqualTo(409);
        assertThat(report.body()).containsEntry("ok", false).containsEntry("failure", "llm_not_configured");
        assertThat(report.body().get("reason").toString()).contains("LLM_API_KEY is not set for LLM_PROVIDER=openai");
        assertThat(rig.requests).isEmpty();
    }

    /** gpt-4-turbo-preview's answer to a json_schema request; JSON mode is answered. */
    static MockResponse refusingJsonSchema(RecordedRequest request) {
        if ("json_schema".equals(FakeReplies.body(request).path("response_format").path("type").asText())) {
            return new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                    .setBody("""
                            {"error":{"message":"Invalid parameter: 'response_format' of type 'json_schema' is not \
                            supported with this model. Learn more about supported models at the Structured Outputs \
                            guide: https://platform.openai.com/docs/guides/structured-outputs",\
                            "type":"invalid_request_error","param":null,"code":null}}""");
        }
        return FakeReplies.openAi(request, SEED_REPLY);
    }
}
