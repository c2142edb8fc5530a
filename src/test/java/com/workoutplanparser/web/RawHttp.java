package com.workoutplanparser.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP with the response headers (the limit tests read Retry-After and RateLimit-*), and request headers of choice. */
public final class RawHttp {

    public record Reply(int status, HttpHeaders headers, String body, JsonNode json) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** headers: name, value, name, value... (a null value leaves that header out). */
    public Reply send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                b.header(headers[i], headers[i + 1]);
            }
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String ct = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = ct.contains("json") && !r.body().isEmpty() ? MAPPER.readTree(r.body()) : null;
            return new Reply(r.statusCode(), r.headers(), r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply parse(String token, String text, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = token == null ? null : "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", "/api/v1/workout-plans/parse", "text/plain; charset=utf-8", text, all);
    }

    /** A user made through the admin API, in the given tier; answers its id and token. */
    public String[] user(String adminToken, String tier) {
        String name = "limits-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Reply r = send("POST", "/api/v1/users", "application/json",
                "{\"email\": \"" + name + "@example.test\", \"displayName\": \"" + name + "\", \"role\": \"user\","
                        + " \"tier\": \"" + tier + "\"}", "Authorization", "Bearer " + adminToken);
        if (r.status() != 201) {
            throw new AssertionError("could not create a user: " + r.status() + " " + r.body());
        }
        return new String[] {r.json().get("id").asText(), r.json().get("token").asText()};
    }
}
