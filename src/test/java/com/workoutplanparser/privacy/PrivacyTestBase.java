package com.workoutplanparser.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.intake.IntakeTestBase;
import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.FakeOpenAiServer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service with every intake (REST, folder, mail on GreenMail) and an OpenAI-compatible fake provider
 * on a loopback socket, shared by the privacy tests. The fake answers a coach's prose plan with a valid reading,
 * and a text holding {@link #FAIL_MARKER} with a 500 whose body echoes the text (as some providers do), so
 * error paths carry user data towards the logs.
 */
abstract class PrivacyTestBase extends AppTestBase {

    static final com.icegreen.greenmail.util.GreenMail MAIL = IntakeTestBase.MAIL;
    static final java.nio.file.Path ROOT = IntakeTestBase.ROOT;

    /*
     * This context differs from the intake tests' (an LLM is configured), so both stay cached and keep polling:
     * it has its own folder, routes folder and mailbox (not IntakeTestBase's, whose would win over any override
     * here), or one context takes the other's files and mails.
     */
    static final String MAILBOX = "privacy-plans@gym.test";
    static final java.nio.file.Path PRIVACY_INBOX = ROOT.resolve("privacy-inbox");
    static final java.nio.file.Path PRIVACY_ROUTES = ROOT.resolve("privacy-routes");

    static final String FAIL_MARKER = "PROVIDER-FAILS-HERE";
    static final String PROSE = resource("llm/coach-email-prose.txt");
    static final String PROSE_REPLY = resource("llm/coach-email-prose.reply.json");
    static final MockWebServer LLM;
    static final List<String> SENT_TO_LLM = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        try {
            java.nio.file.Files.createDirectories(PRIVACY_ROUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LLM = FakeOpenAiServer.start(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().clone().readUtf8();
                SENT_TO_LLM.add(body);
                if (body.contains(FAIL_MARKER)) {
                    return new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
                            .setBody("{\"error\":{\"message\":\"cannot process: " + body.replace("\"", "'")
                                    .replace("\\", "/") + "\",\"type\":\"server_error\"}}");
                }
                return completion(PROSE_REPLY);
            }
        });
    }

    @DynamicPropertySource
    static void ownIntake(DynamicPropertyRegistry registry) {
        IntakeTestBase.registerIntake(registry, PRIVACY_INBOX, PRIVACY_ROUTES, MAILBOX);
    }

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        FakeOpenAiServer.register(registry, LLM, "sk-local-privacy");
        registry.add("llm.retry.max-redeliveries", () -> 1);
        registry.add("llm.retry.initial-delay", () -> "50ms");
    }

    static void await(String what, java.time.Duration timeout, java.util.function.BooleanSupplier condition) {
        IntakeTestBase.await(what, timeout, condition);
    }

    long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    record User(UUID id, String email, String token, ApiClient api) {
    }

    User newUser(String emailLocalPart) {
        String email = emailLocalPart + "-" + UUID.randomUUID().toString().substring(0, 8) + "@athletes.test";
        ApiClient.Response r = api.postJson("/api/v1/users",
                "{\"displayName\":\"Privacy " + emailLocalPart + "\",\"email\":\"" + email + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String token = r.json().get("token").asText();
        return new User(UUID.fromString(r.json().get("id").asText()), email, token, api.withToken(token));
    }

    /** The coach's prose plan the rules cannot read, made unique so the reply cache never answers for the fake. */
    static String prose(String extraLine) {
        return PROSE + "\n" + extraLine + " " + UUID.randomUUID() + "\n";
    }

    static MockResponse completion(String content) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("id", "chatcmpl-privacy");
        reply.put("object", "chat.completion");
        reply.put("created", 1764000000L);
        reply.put("model", "gpt-4o-mini");
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        reply.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 300).put("total_tokens", 1200);
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody(reply.toString());
    }

    static String resource(String name) {
        try (InputStream in = PrivacyTestBase.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

