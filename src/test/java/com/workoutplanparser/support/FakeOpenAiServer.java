package com.workoutplanparser.support;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockWebServer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

/**
 * An OpenAI-compatible fake provider on a loopback socket for whole-service tests, and the settings that point
 * the service at it. The dispatcher decides what it answers; the tests assert on what it received.
 */
public final class FakeOpenAiServer {

    private FakeOpenAiServer() {
    }

    /** A fake answering with the dispatcher, listening on a free loopback port. */
    public static MockWebServer start(Dispatcher dispatcher) {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(dispatcher);
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** The service's LLM step pointed at the fake, as an openai-compatible provider serving gpt-4o-mini. */
    public static void register(DynamicPropertyRegistry registry, MockWebServer server, String apiKey) {
        registry.add("llm.provider", () -> "openai-compatible");
        registry.add("llm.base-url", () -> "http://127.0.0.1:" + server.getPort() + "/v1");
        registry.add("llm.model", () -> "gpt-4o-mini");
        registry.add("llm.api-key", () -> apiKey);
    }
}
