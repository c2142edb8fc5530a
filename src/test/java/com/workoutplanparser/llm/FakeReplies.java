package com.workoutplanparser.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Replies as the providers send them, with token counts measured on the actual request and reply
 * (o200k_base, the gpt-4o tokenizer, plus OpenAI's per-message overhead), not made up.
 */
final class FakeReplies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Encoding O200K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private FakeReplies() {
    }

    static String resource(String path) {
        try (InputStream in = FakeReplies.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(String json) {
        try {
            return JSON.readTree(json).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int tokens(String text) {
        return O200K.countTokens(text);
    }

    /** Prompt tokens as OpenAI counts them for chat: each message's content plus 3, plus 3 to prime the reply. */
    static int promptTokens(RecordedRequest request) {
        JsonNode body = body(request);
        int n = 3;
        for (JsonNode m : body.path("messages")) {
            n += 3 + tokens(m.path("content").asText()) + 1;
        }
        if (body.has("response_format")) {
            n += tokens(body.path("response_format").toString());
        }
        return n;
    }

    static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().clone().readUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chat.completion as OpenAI (and vLLM, llama.cpp, LiteLLM…) send it. */
    static MockResponse openAi(RecordedRequest request, String content) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("id", "chatcmpl-Ax9" + Math.abs(content.hashCode()));
        reply.put("object", "chat.completion");
        reply.put("created", 1764000000L);
        reply.put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.putNull("refusal");
        message.putArray("annotations");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        int prompt = promptTokens(request);
        int completion = tokens(content);
        ObjectNode usage = reply.putObject("usage");
        usage.put("prompt_tokens", prompt);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", prompt + completion);
        usage.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
        usage.putObject("completion_tokens_details").put("reasoning_tokens", 0).put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0).put("rejected_prediction_tokens", 0);
        reply.put("service_tier", "default");
        reply.put("system_fingerprint", "fp_560af6e559");
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setHeader("x-request-id", "req_8f2c1e0b7d") .setBody(reply.toString());
    }

    /** OpenAI's 429, as sent when a tier's tokens-per-minute run out. */
    static MockResponse rateLimited(String retryAfterSeconds) {
        return new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
                .setHeader("Retry-After", retryAfterSeconds)
                .setHeader("x-ratelimit-remaining-tokens", "0")
                .setBody("""
                        {"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-test on tokens per \
                        min (TPM): Limit 200000, Used 199800, Requested 1205. Please try again in 1s.",\
                        "type":"tokens","param":null,"code":"rate_limit_exceeded"}}""");
    }

    static MockResponse serverError() {
        return new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
                .setBody("""
                        {"error":{"message":"The server had an error while processing your request. Sorry about that!",\
                        "type":"server_error","param":null,"code":null}}""");
    }

    static MockResponse unauthorized() {
        return new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody("""
                        {"error":{"message":"Incorrect API key provided: sk-test-****0000. You can find your API key \
                        at https://platform.openai.com/account/api-keys.","type":"invalid_request_error",\
                        "param":null,"code":"invalid_api_key"}}""");
    }
}
