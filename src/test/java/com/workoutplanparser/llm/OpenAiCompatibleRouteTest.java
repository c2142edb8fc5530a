package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.plan.LlmUsage;
import com.workoutplanparser.plan.PlanReading;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** direct:parse-plan with LLM_PROVIDER=openai-compatible against a fake OpenAI server on 127.0.0.1. */
class OpenAiCompatibleRouteTest {

    /** A coach e-mail in sentences: the rules read no exercise from it. */
    static final String EMAIL = FakeReplies.resource("llm/coach-email-prose.txt");
    /** Compact, as models answer in JSON-schema mode. */
    static final String EMAIL_REPLY = FakeReplies.compact(FakeReplies.resource("llm/coach-email-prose.reply.json"));
    /** Rules read nothing from it and it names no exercise: the pipeline rejects it, no LLM call. */
    static final String NOT_A_PLAN = "Hi Dana,\nthanks for yesterday, see you next week!\nSam";

    @RegisterExtension
    final LlmRig rig = new LlmRig();

    @Test
    void goodReply_messyEmailIsReadByTheLlm_andTheRequestIsWhatWeConfigured() throws Exception {
        rig.thenReply(EMAIL_REPLY).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(EMAIL);

        RecordedRequest sent = rig.onlyRequest();
        assertThat(sent.getPath()).isEqualTo("/v1/chat/completions");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer sk-test-0000");
        JsonNode body = FakeReplies.body(sent);
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1500);
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(body.path("response_format").path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(body.path("response_format").path("json_schema").path("schema").path("required"))
                .extracting(JsonNode::asText).containsExactly("title", "days", "ignoredLines");
        JsonNode messages = body.path("messages");
        assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asText()).contains("DATA written by a third party");
        String user = messages.get(1).path("content").asText();
        String inside = user.substring(user.indexOf(PlanPrompt.OPEN) + PlanPrompt.OPEN.length(),
                user.indexOf(PlanPrompt.CLOSE));
        assertThat(inside).contains("4| Start with back squats, three sets of five, working up to around a hundred kilos")
                .contains("14| Coach Dana");

        assertThat(reading.parser()).isEqualTo("llm");
        assertThat(reading.note()).isNull();
        List<ParsedExercise> exercises = reading.result().exercises();
        assertThat(exercises).extracting(ParsedExercise::name).containsExactly("back squats",
                "Romanian deadlifts", "walking lunges", "easy jog", "Bench", "pull-ups", "dumbbell rows");
        ParsedExercise bench = exercises.get(4);
        assertThat(bench.weights()).containsExactly(70.0, 70.0, 70.0, 70.0, 80.0);
        assertThat(bench.lineNumber()).isEqualTo(8);
        assertThat(bench.text()).isEqualTo("Wednesday is upper. Bench five sets of five at 70, last set 80 if it flies.");
        assertThat(reading.result().days()).extracting(d -> d.label())
                .containsExactly("Monday", "Wednesday");
        assertThat(reading.result().lines().get(3).kind()).isEqualTo(LineKind.EXERCISE);
        assertThat(reading.result().lines().get(10).kind()).isEqualTo(LineKind.PROSE);

        LlmUsage usage = reading.usage();
        assertThat(usage.inputTokens()).isEqualTo(FakeReplies.promptTokens(sent));
        assertThat(usage.outputTokens()).isEqualTo(FakeReplies.tokens(EMAIL_REPLY));
        assertThat(usage.estimatedCostUsd()).isCloseTo(
                usage.inputTokens() * 0.15e-6 + usage.outputTokens() * 0.60e-6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(rig.meters.get("llm.tokens").tag("type", "input").tag("provider", "openai-compatible")
                .tag("model", "gpt-4o-mini").counter().count()).isEqualTo(usage.inputTokens());
        assertThat(rig.meters.get("llm.cost.usd").counter().count()).isEqualTo(usage.estimatedCostUsd());
        System.out.printf("measured: coach email, %d input + %d output tokens, $%.6f with gpt-4o-mini prices%n",
                usage.inputTokens(), usage.outputTokens(), usage.estimatedCostUsd());
    }

    @Test
    void rateLimited_waitsAsRetryAfterSays_thenReads() throws Exception {
        rig.then(r -> FakeReplies.rateLimited("1")).thenReply(EMAIL_REPLY)
                .start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(2);
        assertThat(reading.parser()).isEqualTo("llm");
        assertThat(reading.result().exercises()).hasSize(7);
        // the backoff alone would have waited 20 ms; the provider asked for 1 s and got it
        long waitedMillis = (rig.arrivalNanos.get(1) - rig.arrivalNanos.get(0)) / 1_000_000;
        assertThat(waitedMillis).isGreaterThanOrEqualTo(950);
    }

    @Test
    void serverErrorThenSuccess_isRedelivered() throws Exception {
        rig.then(r -> FakeReplies.serverError()).thenReply(EMAIL_REPLY)
                .start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(2);
        assertThat(FakeReplies.body(rig.requests.get(1))).isEqualTo(FakeReplies.body(rig.requests.get(0)));
        assertThat(reading.parser()).isEqualTo("llm");
        assertThat(reading.note()).isNull();
    }

    @Test
    void serverErrorsBeyondTheRedeliveries_fallBackToTheRulesWithAReason() throws Exception {
        rig.then(r -> FakeReplies.serverError()).then(r -> FakeReplies.serverError())
                .then(r -> FakeReplies.serverError())
                .start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(3); // first try + 2 redeliveries
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.note()).contains("HTTP 500");
        assertThat(reading.result().isWorkout()).isFalse();
    }

    @Test
    void timeout_fallsBackToTheRulesWithoutRetrying() throws Exception {
        TestSettings s = TestSettings.openAiCompatible(rig.baseUrl());
        s.timeout = java.time.Duration.ofMillis(400);
        rig.then(r -> FakeReplies.openAi(r, EMAIL_REPLY).setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS))
                .start(s, ParserMode.HYBRID);

        PlanReading reading = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(1);
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.note()).contains("did not answer in time").contains("LLM_TIMEOUT");
    }

    @Test
    void invalidJson_isAskedAgainWithTheError_andTheSecondAnswerIsUsed() throws Exception {
        String chatty = "Sure! Here is the plan as JSON:\n{\"title\": null, \"days\": [";
        rig.thenReply(chatty).thenReply(EMAIL_REPLY)
                .start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(2);
        JsonNode retry = FakeReplies.body(rig.requests.get(1)).path("messages");
        assertThat(retry).hasSize(4);
        assertThat(retry.get(2).path("role").asText()).isEqualTo("assistant");
        assertThat(retry.get(2).path("content").asText()).isEqualTo(chatty);
        assertThat(retry.get(3).path("content").asText()).contains("not valid JSON");
        assertThat(reading.parser()).isEqualTo("llm");
        assertThat(reading.result().exercises()).hasSize(7);
        // both calls were paid for
        assertThat(reading.usage().outputTokens())
                .isEqualTo(FakeReplies.tokens(chatty) + FakeReplies.tokens(EMAIL_REPLY));
    }

    @Test
    void jsonThatBreaksTheSchemaTwice_givesUpToReviewWithTheReason() throws Exception {
        // a model that drifted: sets as text, and a field the schema does not have
        String drifted = EMAIL_REPLY.replace("\"sets\":3,", "\"sets\":\"three\",")
                .replaceFirst("\\{\"title\"", "{\"difficulty\":\"moderate\",\"title\"");
        rig.thenReply(drifted).thenReply(drifted)
                .start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(2);
        String correction = FakeReplies.body(rig.requests.get(1)).path("messages").get(3).path("content").asText();
        assertThat(correction).contains("difficulty").contains("sets");
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.note()).startsWith("LLM reply invalid after one retry");
        assertThat(reading.result().isWorkout()).isFalse();
        assertThat(reading.usage().inputTokens()).isPositive();
        assertThat(rig.cache.entries).isEmpty();
    }

    @Test
    void sameTextTwice_isPaidOnce() throws Exception {
        rig.thenReply(EMAIL_REPLY).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading first = rig.parse(EMAIL);
        PlanReading second = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(1);
        assertThat(first.usage().cached()).isFalse();
        assertThat(second.usage()).isEqualTo(new LlmUsage(0, 0, 0.0, true));
        assertThat(second.parser()).isEqualTo("llm");
        assertThat(second.result().exercises()).isEqualTo(first.result().exercises());
        assertThat(rig.meters.get("llm.replies").tag("outcome", "cached").counter().count()).isEqualTo(1.0);
    }

    @Test
    void textThatIsNotAPlan_makesNoCall() throws Exception {
        rig.start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(NOT_A_PLAN);

        assertThat(rig.requests).isEmpty();
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.usage()).isEqualTo(LlmUsage.NONE);
    }

    @Test
    void refusedKey_saysWhichVariableToFix_withoutRetrying() throws Exception {
        rig.then(r -> FakeReplies.unauthorized()).start(TestSettings.openAiCompatible(rig.baseUrl()), ParserMode.HYBRID);

        PlanReading reading = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(1);
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(reading.note()).contains("refused LLM_API_KEY").contains("HTTP 401")
                .doesNotContain("sk-test");
        assertThat(rig.status.lastFailure()).isEqualTo(reading.note());
    }
}
