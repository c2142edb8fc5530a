package com.workoutplanparser.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * The HTTP client under every chat model: the JDK client, like langchain4j's default, except that a failed
 * answer keeps its Retry-After header ({@link ProviderHttpException}) so redelivery can honour it.
 * Only the blocking call is used here; streaming is not.
 */
public final class ProviderHttpClient implements HttpClient {

    private final java.net.http.HttpClient delegate;
    private final Duration readTimeout;
    private final Clock clock;
    /** LLM_VERBOSE: null unless switched on. */
    private final WireLog wireLog;

    private ProviderHttpClient(Builder builder) {
        this.delegate = java.net.http.HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .followRedirects(Redirect.NORMAL)
                .build();
        this.readTimeout = builder.readTimeout;
        this.clock = Clock.systemUTC();
        this.wireLog = builder.wireLog;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder jdk = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        if (readTimeout != null) {
            jdk.timeout(readTimeout);
        }
        request.headers().forEach((name, values) -> values.forEach(v -> jdk.header(name, v)));
        jdk.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        long started = System.nanoTime();
        long n = wireLog == null ? 0 : wireLog.request(request);
        try {
            HttpResponse<String> response = delegate.send(jdk.build(), HttpResponse.BodyHandlers.ofString());
            if (wireLog != null) {
                wireLog.reply(n, response.statusCode(), (System.nanoTime() - started) / 1_000_000, response.body());
            }
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock);
                throw new ProviderHttpException(response.statusCode(), response.body(), retryAfter);
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .body(response.body())
                    .build();
        } catch (HttpTimeoutException e) {
            logFailure(n, started, e);
            throw new TimeoutException(e);
        } catch (IOException e) {
            logFailure(n, started, e);
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    private void logFailure(long n, long started, Exception e) {
        if (wireLog != null) {
            wireLog.failure(n, (System.nanoTime() - started) / 1_000_000, e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("the LLM step does not stream");
    }

    /** Builder handed to the langchain4j model builders ({@code httpClientBuilder(...)}). */
    public static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout;
        private WireLog wireLog;

        /** LLM_VERBOSE=true: log each exchange, the key masked (null: off). */
        Builder wireLog(WireLog log) {
            this.wireLog = log;
            return this;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            if (timeout != null) {
                this.connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public ProviderHttpClient build() {
            return new ProviderHttpClient(this);
        }
    }
}
