package com.workoutplanparser.llm;

import com.workoutplanparser.plan.LlmUsage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import lombok.RequiredArgsConstructor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seed's first verification step, "test LLM connection": the seed's example plan sent once through the
 * configured model, as the LLM step sends a plan (same prompt, same response format, same validation), but
 * straight to the model: no cache, no circuit breaker, no retry, so the answer is about the provider alone.
 * The answer says what the model read, how long it took, tokens and estimated cost, or exactly what failed and
 * which variable to look at. Plan text of users never goes through here, so nothing of it is logged either.
 */
@RequiredArgsConstructor
public final class LlmCheck {

    /** The seed's example plan (README "Run it"). */
    public static final String EXAMPLE_PLAN = "Bench Press: 3x8\nSquat: 5x5\nDeadlift: 1x5";

    /**
     * @param ok     true when the model answered with a valid reading
     * @param status the HTTP status to answer with: 200, 409 (no LLM configured) or 502 (the provider failed)
     * @param body   the answer
     */
    public record Report(boolean ok, int status, Map<String, Object> body) {
    }

    private final LlmSettings settings;
    private final LlmStatus status;
    /** null when no LLM is configured */
    private final ChatModel model;
    private final PlanPrompt prompt;
    private final ReplyValidator validator;
    private final PriceTable prices;

    public Report run() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", false); // first in the answer; set true at the end
        if (!status.availability().enabled() || model == null) {
            body.put("failure", "llm_not_configured");
            body.put("reason", "No LLM is configured (" + status.availability().reason() + "): plans are read by "
                    + "the rules alone. Set LLM_PROVIDER, LLM_MODEL and LLM_API_KEY (docs/llm.md) and restart.");
            return new Report(false, 409, body);
        }
        body.put("provider", status.provider());
        body.put("model", status.model());
        body.put("sent", EXAMPLE_PLAN);
        long started = System.nanoTime();
        ChatResponse response;
        try {
            response = model.chat(prompt.messages(LlmRequest.wholeText(EXAMPLE_PLAN)));
        } catch (RuntimeException e) {
            body.put("responseFormat", responseFormat());
            body.put("latencyMs", millisSince(started));
            body.put("failure", failureCode(e));
            Integer http = LlmFailures.httpStatus(e);
            if (http != null) {
                body.put("providerStatus", http);
            }
            body.put("reason", LlmFailures.describe(e, settings));
            return new Report(false, 502, body);
        }
        body.put("responseFormat", responseFormat());
        body.put("latencyMs", millisSince(started));
        TokenUsage used = response.tokenUsage();
        LlmUsage usage = prices.usage(settings.effectiveModel(),
                used == null || used.inputTokenCount() == null ? 0 : used.inputTokenCount(),
                used == null || used.outputTokenCount() == null ? 0 : used.outputTokenCount());
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("inputTokens", usage.inputTokens());
        tokens.put("outputTokens", usage.outputTokens());
        tokens.put("estimatedCostUsd", usage.estimatedCostUsd());
        body.put("usage", tokens);
        if (!prices.knows(settings.effectiveModel())) {
            body.put("priceNote", "LLM_MODEL=" + settings.effectiveModel() + " is not in the price table: cost "
                    + "shown as 0; set LLM_INPUT_PRICE_PER_MILLION and LLM_OUTPUT_PRICE_PER_MILLION");
        }
        ReplyValidator.ReplyCheck check = validator.check(response.aiMessage() == null ? null
                : response.aiMessage().text());
        if (!check.valid()) {
            body.put("failure", "invalid_reply");
            body.put("reason", "LLM_MODEL=" + settings.effectiveModel() + " answered, but not in the reply schema: "
                    + String.join("; ", check.errors()) + ". Plans would be asked once more, then go on with the "
                    + "rules' reading; a stronger model, or LLM_RESPONSE_FORMAT=json_schema where supported, helps.");
            return new Report(false, 502, body);
        }
        LlmReading reading = LlmReading.from(check.json());
        body.put("exercises", reading.days().stream().flatMap(d -> d.exercises().stream())
                .map(e -> e.name() + (e.sets() != null && e.reps() != null ? " " + e.sets() + "x" + e.reps() : ""))
                .toList());
        body.put("read", check.json());
        body.put("ok", true);
        return new Report(true, 200, body);
    }

    private String responseFormat() {
        if (model instanceof StructuredOutputFallback fallback) {
            return fallback.inForce().id();
        }
        return "schema in the prompt";
    }

    static String failureCode(Throwable e) {
        Integer http = LlmFailures.httpStatus(e);
        if (LlmFailures.refusesStructuredOutput(e)) {
            return "schema_refused";
        }
        if (http != null) {
            if (http == 401 || http == 403) {
                return "key_refused";
            }
            if (http == 404) {
                return "model_not_found";
            }
            if (http == 429) {
                return "rate_limited";
            }
            return http >= 500 ? "provider_error" : "request_refused";
        }
        if (LlmFailures.find(e, dev.langchain4j.exception.AuthenticationException.class).isPresent()) {
            return "key_refused";
        }
        if (LlmFailures.find(e, dev.langchain4j.exception.TimeoutException.class).isPresent()
                || LlmFailures.find(e, java.net.http.HttpTimeoutException.class).isPresent()) {
            return "timeout";
        }
        if (LlmFailures.find(e, java.net.ConnectException.class).isPresent()) {
            return "unreachable";
        }
        return "call_failed";
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
