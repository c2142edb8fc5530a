package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What goes on the wire for each provider the factory builds, against fakes shaped like each API
 * (OpenAI, Azure OpenAI, Ollama, Anthropic), and that their replies and token counts come back.
 */
class ProviderRequestShapeTest {

    static final LlmRequest REQUEST = LlmRequest.wholeText(OpenAiCompatibleRouteTest.EMAIL);
    static final String REPLY = OpenAiCompatibleRouteTest.EMAIL_REPLY;

    MockWebServer server;
    ReplyValidator validator = new ReplyValidator();
    TokenUsageListener usage = new TokenUsageListener();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    ChatResponse ask(TestSettings s) {
        LlmSettings settings = s.build();
        ChatModel model = ChatModelFactory.create(settings, validator.schemaJson(), usage);
        PlanPrompt prompt = PlanPrompt.load("v1", validator.schemaJson(),
                !ChatModelFactory.enforcesSchema(settings.providerKind()));
        return model.chat(prompt.messages(REQUEST));
    }

    @Test
    void openAi_sendsMaxCompletionTokensAndStrictSchema_withBearerKey() throws Exception {
        server.setDispatcher(dispatch(r -> FakeReplies.openAi(r, REPLY)));
        TestSettings s = new TestSettings();
        s.provider = "openai";
        s.baseUrl = url("/v1");
        s.temperature = 0.2;

        ChatResponse response = ask(s);

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getPath()).isEqualTo("/v1/chat/completions");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer sk-test-0000");
        JsonNode body = FakeReplies.body(sent);
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(1500);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.path("response_format").path("json_schema").path("name").asText()).isEqualTo("plan_reading");
        assertThat(body.path("response_format").path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(validator.check(response.aiMessage().text()).valid()).isTrue();
        assertThat(usage.take().inputTokenCount()).isEqualTo(FakeReplies.promptTokens(sent));
    }

    @Test
    void azure_usesTheDeploymentUrl_apiKeyHeader_andApiVersion() throws Exception {
        server.setDispatcher(dispatch(r -> FakeReplies.openAi(r, REPLY)));
        TestSettings s = new TestSettings();
        s.provider = "azure";
        s.model = "plans-gpt4o-mini";
        s.azureApiBase = url("/");
        s.azureApiVersion = "2024-10-21";

        ChatResponse response = ask(s);

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getPath())
                .isEqualTo("/openai/deployments/plans-gpt4o-mini/chat/completions?api-version=2024-10-21");
        assertThat(sent.getHeader("api-key")).isEqualTo("sk-test-0000");
        JsonNode body = FakeReplies.body(sent);
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1500);
        assertThat(response.aiMessage().text()).isEqualTo(REPLY);
    }

    @Test
    void ollama_sendsTheSchemaAsFormat_andNumPredict() throws Exception {
        server.setDispatcher(dispatch(r -> ollamaReply(r, REPLY)));
        TestSettings s = new TestSettings();
        s.provider = "ollama";
        s.model = "llama3.1:8b";
        s.apiKey = "";
        s.baseUrl = url("");
        s.temperature = 0.1;

        ChatResponse response = ask(s);

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getPath()).isEqualTo("/api/chat");
        JsonNode body = FakeReplies.body(sent);
        assertThat(body.path("model").asText()).isEqualTo("llama3.1:8b");
        assertThat(body.path("stream").asBoolean()).isFalse();
        assertThat(body.path("options").path("temperature").asDouble()).isEqualTo(0.1);
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(1500);
        assertThat(body.path("format").path("required")).extracting(JsonNode::asText)
                .containsExactly("title", "days", "ignoredLines");
        assertThat(body.path("messages").get(1).path("content").asText()).contains(PlanPrompt.OPEN)
                .contains("8| Wednesday is upper. Bench five sets of five at 70, last set 80 if it flies.").contains(PlanPrompt.CLOSE);
        assertThat(validator.check(response.aiMessage().text()).valid()).isTrue();
        TokenUsage used = usage.take();
        assertThat(used.inputTokenCount()).isEqualTo(FakeReplies.promptTokens(sent));
        assertThat(used.outputTokenCount()).isEqualTo(FakeReplies.tokens(REPLY));
    }

    @Test
    void anthropic_sendsKeyAndVersionHeaders_andTheSchemaInTheSystemPrompt() throws Exception {
        // Claude without a JSON mode likes a fence around its JSON; the validator accepts that much
        String fenced = "```json\n" + REPLY + "\n```";
        server.setDispatcher(dispatch(r -> anthropicReply(r, fenced)));
        TestSettings s = new TestSettings();
        s.provider = "anthropic";
        s.model = "";
        s.baseUrl = url("/v1/");

        ChatResponse response = ask(s);

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getPath()).isEqualTo("/v1/messages");
        assertThat(sent.getHeader("x-api-key")).isEqualTo("sk-test-0000");
        assertThat(sent.getHeader("anthropic-version")).isNotBlank();
        JsonNode body = FakeReplies.body(sent);
        assertThat(body.path("model").asText()).isEqualTo("claude-haiku-4-5");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1500);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(body.path("system").toString()).contains("DATA written by a third party")
                .contains("ignoredLines");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).toString()).contains("<<<PLAN_TEXT");
        ReplyValidator.ReplyCheck check = validator.check(response.aiMessage().text());
        assertThat(check.valid()).isTrue();
        assertThat(usage.take().outputTokenCount()).isEqualTo(FakeReplies.tokens(fenced));
    }

    private static okhttp3.mockwebserver.Dispatcher dispatch(java.util.function.Function<RecordedRequest, MockResponse> f) {
        return new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return f.apply(request);
            }
        };
    }

    /** Ollama's /api/chat answer with stream=false. */
    static MockResponse ollamaReply(RecordedRequest request, String content) {
        ObjectNode reply = FakeReplies.JSON.createObjectNode();
        reply.put("model", "llama3.1:8b");
        reply.put("created_at", "2025-11-24T08:00:03.512874Z");
        reply.putObject("message").put("role", "assistant").put("content", content);
        reply.put("done_reason", "stop");
        reply.put("done", true);
        reply.put("total_duration", 9_812_332_125L);
        reply.put("load_duration", 21_233_875L);
        reply.put("prompt_eval_count", FakeReplies.promptTokens(request));
        reply.put("prompt_eval_duration", 1_402_120_000L);
        reply.put("eval_count", FakeReplies.tokens(content));
        reply.put("eval_duration", 8_301_000_000L);
        return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(reply.toString());
    }

    /** Anthropic's /v1/messages answer. */
    static MockResponse anthropicReply(RecordedRequest request, String text) {
        JsonNode body = FakeReplies.body(request);
        int input = FakeReplies.tokens(body.path("system").toString()) + 8;
        for (JsonNode m : body.path("messages")) {
            input += FakeReplies.tokens(m.path("content").toString()) + 4;
        }
        ObjectNode reply = FakeReplies.JSON.createObjectNode();
        reply.put("id", "msg_01XFDUDYJgAACzvnptvVoYEL");
        reply.put("type", "message");
        reply.put("role", "assistant");
        reply.put("model", "claude-haiku-4-5-20251001");
        reply.putArray("content").addObject().put("type", "text").put("text", text);
        reply.put("stop_reason", "end_turn");
        reply.putNull("stop_sequence");
        reply.putObject("usage").put("input_tokens", input).put("output_tokens", FakeReplies.tokens(text))
                .put("cache_creation_input_tokens", 0).put("cache_read_input_tokens", 0)
                .put("service_tier", "standard");
        return new MockResponse().setHeader("Content-Type", "application/json")
                .setHeader("request-id", "req_011CVQ7s8xVb").setBody(reply.toString());
    }

}
