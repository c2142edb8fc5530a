package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.pipeline.PlanReading;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** direct:parse-plan with LLM_PROVIDER=openai-compatible against a fake OpenAI server on 127.0.0.1. */
class OpenAiCompatibleRouteTest {

    static final String EMAIL = FakeReplies.resource("llm/coach-email.txt");
    static final String EMAIL_REPLY = FakeReplies.resource("llm/coach-email.reply.json");

    LlmRig rig;

    @BeforeEach
    void fake() throws Exception {
        rig = new LlmRig();
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

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
        assertThat(inside).contains("6| back squats, work up to 3 sets of 5 @ 100kg, rest 3 min")
                .contains("19| Coach Dana");

        assertThat(reading.parser()).isEqualTo("llm");
        assertThat(reading.note()).isNull();
        List<ParsedExercise> exercises = reading.result().exercises();
        assertThat(exercises).extracting(ParsedExercise::name).containsExactly("back squats", "RDLs",
                "walking lunges", "easy run", "bench", "pull-ups", "DB rows");
        ParsedExercise bench = exercises.get(4);
        assertThat(bench.weights()).containsExactly(70.0, 75.0, 80.0);
        assertThat(bench.lineNumber()).isEqualTo(12);
        assertThat(bench.text()).isEqualTo("bench: 5/5/5 at 70, 75, 80 kg");
        assertThat(reading.result().days()).extracting(d -> d.label())
                .containsExactly("Monday - lower", "Wednesday - upper");
        assertThat(reading.result().lines().get(5).kind()).isEqualTo(LineKind.EXERCISE);

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
}
