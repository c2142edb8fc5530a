package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.parse.ParsedExercise;
import com.workoutplanparser.parse.RuleParser;
import com.workoutplanparser.plan.PlanReading;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Issue 14's "done when", the LLM half: the seed's variables as people write them (LiteLLM model names, Azure
 * variables, an Ollama URL ending in /v1, LLM_VERBOSE), bound by Spring from llm.yaml exactly as the service binds
 * them, drive the LLM step against fakes on loopback sockets; asserted on what the fakes received.
 */
class SeedConfigurationTest {

    static final String EMAIL = OpenAiCompatibleRouteTest.EMAIL;
    static final String REPLY = OpenAiCompatibleRouteTest.EMAIL_REPLY;
    static final List<String> EMAIL_EXERCISES = List.of("back squats", "Romanian deadlifts", "walking lunges",
            "easy jog", "Bench", "pull-ups", "dumbbell rows");

    @RegisterExtension
    final LlmRig rig = new LlmRig();

    final List<Logger> watched = new ArrayList<>();

    @AfterEach
    void unwatch() {
        watched.forEach(l -> {
            l.detachAndStopAllAppenders();
            l.setLevel(null);
        });
    }

    /** The settings as the service binds them: the given variables (as the environment or .env gives them) through llm.yaml. */
    static LlmSettings bind(String... variables) {
        AtomicReference<LlmSettings> bound = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("spring.config.import=classpath:llm.yaml")
                .withSystemProperties(variables)
                .withUserConfiguration(LlmConfiguration.class)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    bound.set(ctx.getBean(LlmSettings.class));
                });
        return bound.get();
    }

    /** The settings as the service binds them from a .env file read by the service's own loader. */
    static LlmSettings bindDotenv(java.nio.file.Path dotenv) {
        AtomicReference<LlmSettings> bound = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(ctx -> new com.workoutplanparser.config.DotenvEnvironmentPostProcessor(dotenv)
                        .postProcessEnvironment(ctx.getEnvironment(), null))
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("spring.config.import=classpath:llm.yaml")
                .withUserConfiguration(LlmConfiguration.class)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    bound.set(ctx.getBean(LlmSettings.class));
                });
        return bound.get();
    }

    @Test
    void aDotenvFileWrittenLikeTheSeeds_withCommentsQuotesAndExport_drivesTheLlmStep(@org.junit.jupiter.api.io.TempDir
                                                                                       java.nio.file.Path dir)
            throws Exception {
        rig.thenReply(REPLY);
        java.nio.file.Path dotenv = dir.resolve(".env");
        java.nio.file.Files.writeString(dotenv, String.join("\n",
                "# LLM settings, as the seed's .env.example writes them",
                "",
                "export LLM_MODEL=openai/gpt-4o-mini   # LiteLLM-style name",
                "LLM_API_KEY=\"sk-dotenv-0003\"",
                "LLM_BASE_URL='" + fakeUrl("/v1") + "'  # a local OpenAI-compatible server",
                "LLM_TEMPERATURE=0.1 # low: the reading should not vary",
                ""));
        LlmSettings settings = bindDotenv(dotenv);
        rig.start(settings, ParserMode.HYBRID, new RuleParser());

        PlanReading reading = rig.parse(EMAIL);

        JsonNode body = gpt4oMiniCallAt01(rig.onlyRequest(), "sk-dotenv-0003");
        assertThat(reading.result().exercises()).extracting(ParsedExercise::name).containsExactlyElementsOf(EMAIL_EXERCISES);
    }

    /** The seed's call: OpenAI's chat path, the key as a bearer token, gpt-4o-mini (prefix stripped) at 0.1. */
    private static JsonNode gpt4oMiniCallAt01(RecordedRequest sent, String key) {
        assertThat(sent.getPath()).isEqualTo("/v1/chat/completions");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + key);
        JsonNode body = FakeReplies.body(sent);
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.1);
        return body;
    }

    String fakeUrl(String path) {
        return "http://127.0.0.1:" + rig.server.getPort() + path;
    }

    @Test
    void seedStyleOpenAiLines_driveTheLlmStep_withThePrefixSelectingTheProvider_andStrippedBeforeTheCall()
            throws Exception {
        rig.thenReply(REPLY);
        // LLM_PROVIDER left out, as the seed's .env does: openai/ selects it
        LlmSettings settings = bind("LLM_MODEL=openai/gpt-4o-mini", "LLM_API_KEY=sk-seed-0001",
                "LLM_BASE_URL=" + fakeUrl("/v1"), "LLM_TEMPERATURE=0.1", "LLM_MAX_TOKENS=1800");
        rig.start(settings, ParserMode.HYBRID, new RuleParser());

        PlanReading reading = rig.parse(EMAIL);

        RecordedRequest sent = rig.onlyRequest();
        JsonNode body = gpt4oMiniCallAt01(sent, "sk-seed-0001");
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(1800);
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(reading.parser()).isEqualTo("llm");
        assertThat(reading.result().exercises()).extracting(ParsedExercise::name).containsExactlyElementsOf(EMAIL_EXERCISES);
        assertThat(reading.usage().inputTokens()).isEqualTo(FakeReplies.promptTokens(sent));
        assertThat(rig.status.provider()).isEqualTo("openai");
    }

    @Test
    void ollamaMistral_reachesApiChat_asMistral_alsoWhenTheBaseUrlEndsInV1() throws Exception {
        rig.then(r -> ProviderRequestShapeTest.ollamaReply(r, REPLY));
        LlmSettings settings = bind("LLM_MODEL=ollama/mistral", "LLM_BASE_URL=" + fakeUrl("/v1"));
        rig.start(settings, ParserMode.HYBRID, new RuleParser());

        PlanReading reading = rig.parse(EMAIL);

        RecordedRequest sent = rig.onlyRequest();
        assertThat(sent.getPath()).isEqualTo("/api/chat");
        JsonNode body = FakeReplies.body(sent);
        assertThat(body.path("model").asText()).isEqualTo("mistral");
        assertThat(body.path("format").path("required")).extracting(JsonNode::asText)
                .containsExactly("title", "days", "ignoredLines");
        assertThat(reading.result().exercises()).extracting(ParsedExercise::name).containsExactlyElementsOf(EMAIL_EXERCISES);
        assertThat(rig.status.provider()).isEqualTo("ollama");
        assertThat(rig.status.model()).isEqualTo("mistral");
    }

    @Test
    void azureDeployment_onAnApiVersionThatRefusesJsonSchema_isReadInJsonMode_andRemembersIt() throws Exception {
        ListAppender<ILoggingEvent> warnings = watch(StructuredOutputFallback.class.getName(), Level.INFO);
        for (int i = 0; i < 3; i++) {
            rig.then(SeedConfigurationTest::azureWithoutStructuredOutputs);
        }
        LlmSettings settings = bind("LLM_MODEL=azure/plans-gpt4-turbo", "LLM_API_KEY=azure-key-0002",
                "AZURE_API_BASE=" + fakeUrl("/"), "AZURE_API_VERSION=2024-02-15-preview");
        rig.start(settings, ParserMode.HYBRID, new RuleParser());

        PlanReading first = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(2);
        RecordedRequest refused = rig.requests.get(0);
        RecordedRequest inJsonMode = rig.requests.get(1);
        for (RecordedRequest r : rig.requests) {
            assertThat(r.getPath()).isEqualTo(
                    "/openai/deployments/plans-gpt4-turbo/chat/completions?api-version=2024-02-15-preview");
            assertThat(r.getHeader("api-key")).isEqualTo("azure-key-0002");
        }
        assertThat(FakeReplies.body(refused).path("response_format").path("type").asText()).isEqualTo("json_schema");
        JsonNode json = FakeReplies.body(inJsonMode);
        assertThat(json.path("response_format").toString()).isEqualTo("{\"type\":\"json_object\"}");
        String system = json.path("messages").get(0).path("content").asText();
        assertThat(system).contains("DATA written by a third party").contains("The JSON schema of your answer")
                .contains("\"ignoredLines\"").contains("\"additionalProperties\":false");
        assertThat(json.path("messages").get(1).path("content").asText()).contains(PlanPrompt.OPEN)
                .contains("8| Wednesday is upper.");
        assertThat(first.parser()).isEqualTo("llm");
        assertThat(first.note()).isNull();
        assertThat(first.result().exercises()).extracting(ParsedExercise::name).containsExactlyElementsOf(EMAIL_EXERCISES);
        // only the call that answered is paid (the refusal reports no usage)
        assertThat(first.usage().inputTokens()).isEqualTo(FakeReplies.promptTokens(inJsonMode));
        System.out.printf("measured: coach email in JSON mode, %d input + %d output tokens (json_schema request: %d "
                + "input)%n", first.usage().inputTokens(), first.usage().outputTokens(), FakeReplies.promptTokens(refused));

        // the next plan goes to JSON mode at once: no second refusal, and the switch was said once
        rig.parse(OpenAiCompatibleRouteTest.EMAIL.replace("Coach Dana", "Coach Dana (week 2)"));
        assertThat(rig.requests).hasSize(3);
        assertThat(FakeReplies.body(rig.requests.get(2)).path("response_format").path("type").asText())
                .isEqualTo("json_object");
        assertThat(warnings.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains("LLM_MODEL=plans-gpt4-turbo")
                        .contains("refused response_format json_schema").doesNotContain("Wednesday"));
    }

    @Test
    void forcedJsonSchema_aRefusalIsAFailure_whoseReasonNamesTheSetting() throws Exception {
        rig.then(SeedConfigurationTest::azureWithoutStructuredOutputs);
        LlmSettings settings = bind("LLM_PROVIDER=azure", "LLM_MODEL=plans-gpt4-turbo", "LLM_API_KEY=azure-key-0002",
                "AZURE_API_BASE=" + fakeUrl(""), "AZURE_API_VERSION=2024-02-15-preview",
                "LLM_RESPONSE_FORMAT=json_schema");
        rig.start(settings, ParserMode.HYBRID, new RuleParser());

        PlanReading reading = rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(1);
        assertThat(reading.parser()).isEqualTo("rules");
        assertThat(rig.status.lastFailure()).contains("refused response_format json_schema (HTTP 400)")
                .contains("LLM_RESPONSE_FORMAT").contains("AZURE_API_VERSION");
    }

    @Test
    void verbose_logsEachRequestAndReply_planTextIncluded_keyMasked() throws Exception {
        ListAppender<ILoggingEvent> wire = watch(WireLog.LOGGER, Level.INFO);
        rig.thenReply(REPLY);
        LlmSettings settings = bind("LLM_PROVIDER=openai-compatible", "LLM_MODEL=gpt-4o-mini",
                "LLM_API_KEY=sk-secret-verbose-9999", "LLM_BASE_URL=" + fakeUrl("/v1"), "LLM_VERBOSE=true");
        rig.start(settings, ParserMode.HYBRID, new RuleParser());

        rig.parse(EMAIL);

        assertThat(wire.list).hasSize(2);
        String request = wire.list.get(0).getFormattedMessage();
        String reply = wire.list.get(1).getFormattedMessage();
        assertThat(request).startsWith("LLM request #1: POST " + fakeUrl("/v1/chat/completions"))
                .contains("Authorization=***").containsPattern("\"model\"\\s*:\\s*\"gpt-4o-mini\"")
                .contains("Bench five sets of five at 70").contains("json_schema");
        assertThat(reply).startsWith("LLM reply #1: HTTP 200 after ").contains("\\\"name\\\":\\\"back squats\\\"")
                .contains("\"prompt_tokens\"");
        assertThat(request + reply).doesNotContain("sk-secret-verbose-9999");
    }

    @Test
    void verboseOff_logsNoExchange() throws Exception {
        ListAppender<ILoggingEvent> wire = watch(WireLog.LOGGER, Level.INFO);
        rig.thenReply(REPLY);
        rig.start(bind("LLM_PROVIDER=openai-compatible", "LLM_MODEL=gpt-4o-mini", "LLM_BASE_URL=" + fakeUrl("/v1")),
                ParserMode.HYBRID, new RuleParser());

        rig.parse(EMAIL);

        assertThat(rig.requests).hasSize(1);
        assertThat(wire.list).isEmpty();
    }

    /** Azure OpenAI before api-version 2024-08-01-preview: json_schema refused with its real error, JSON mode answered. */
    static MockResponse azureWithoutStructuredOutputs(RecordedRequest request) {
        JsonNode format = FakeReplies.body(request).path("response_format");
        if ("json_schema".equals(format.path("type").asText())) {
            return new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                    .setBody("""
                            {"error":{"code":"BadRequest","message":"response_format value as json_schema is enabled \
                            only for api versions 2024-08-01-preview and later","param":null,"type":null}}""");
        }
        if (!"json_object".equals(format.path("type").asText())) {
            return new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"unexpected format\"}}");
        }
        return FakeReplies.openAi(request, REPLY);
    }

    private ListAppender<ILoggingEvent> watch(String name, Level level) {
        Logger logger = (Logger) LoggerFactory.getLogger(name);
        logger.setLevel(level);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        watched.add(logger);
        return appender;
    }
}
