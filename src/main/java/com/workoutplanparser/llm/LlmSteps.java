package com.workoutplanparser.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.workoutplanparser.plan.LlmUsage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of the LLM routes, as small methods the routes call with {@code .bean(steps, "...")}. State travels
 * in exchange properties; the decisions themselves live in the plain classes (prompt, validator, merger, prices).
 * Logs carry counts and reasons, never plan text.
 */
@RequiredArgsConstructor
public class LlmSteps {

    static final String MESSAGES = "llm.messages";
    static final String CACHE_KEY = "llm.cacheKey";
    static final String CACHED = "llm.cached";
    static final String USAGE = "llm.usage";
    static final String CHECK = "llm.check";
    static final String ATTEMPTS = "llm.attempts";
    /** Camel's header that overrides the computed redelivery delay. */
    static final String REDELIVERY_DELAY = Exchange.REDELIVERY_DELAY;

    private static final Logger log = LoggerFactory.getLogger(LlmSteps.class);

    private final LlmSettings settings;
    private final PlanPrompt prompt;
    private final ReplyValidator validator;
    private final ReplyCache cache;
    private final PriceTable prices;
    private final TokenUsageListener usageListener;
    private final LlmMetrics metrics;
    private final LlmStatus status;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Body LlmRequest in; the chat messages out; the cache key computed from exactly what is sent. */
    public void prepare(Exchange exchange) throws org.apache.camel.InvalidPayloadException {
        LlmRequest request = exchange.getMessage().getMandatoryBody(LlmRequest.class);
        List<ChatMessage> messages = prompt.messages(request);
        exchange.setProperty(MESSAGES, messages);
        exchange.setProperty(USAGE, LlmUsage.NONE);
        exchange.setProperty(ATTEMPTS, 0);
        exchange.setProperty(CACHE_KEY, ReplyCache.key(prompt.userMessage(request), settings.providerKind().id(),
                settings.effectiveModel(), prompt.version()));
        exchange.getMessage().setBody(messages);
    }

    public void lookupCache(Exchange exchange) {
        cache.find(exchange.getProperty(CACHE_KEY, String.class))
                .ifPresent(hit -> exchange.setProperty(CACHED, hit));
    }

    /** A cache hit: the stored reply, re-checked (the schema may have moved on), and nothing paid. */
    public void fromCache(Exchange exchange) {
        ReplyCache.CachedReply hit = exchange.getProperty(CACHED, ReplyCache.CachedReply.class);
        ReplyValidator.ReplyCheck check = validator.check(hit.reply());
        if (!check.valid()) {
            exchange.removeProperty(CACHED);
            exchange.getMessage().setBody(LlmOutcome.failed("cached LLM reply no longer valid", LlmUsage.NONE));
            return;
        }
        metrics.outcome("cached");
        log.info("LLM reply taken from the cache ({} input, {} output tokens saved)", hit.inputTokens(),
                hit.outputTokens());
        exchange.getMessage().setBody(LlmOutcome.read(LlmReading.from(check.json()),
                new LlmUsage(0, 0, 0.0, true)));
    }

    /** Right after each chat call: what it used, priced, added to what this step has used so far. */
    public void collectUsage(Exchange exchange) {
        TokenUsage used = usageListener.take();
        long in = used.inputTokenCount() == null ? 0 : used.inputTokenCount();
        long out = used.outputTokenCount() == null ? 0 : used.outputTokenCount();
        LlmUsage priced = prices.usage(settings.effectiveModel(), in, out);
        metrics.paid(priced);
        exchange.setProperty(USAGE, exchange.getProperty(USAGE, LlmUsage.NONE, LlmUsage.class).plus(priced));
        exchange.setProperty(ATTEMPTS, exchange.getProperty(ATTEMPTS, 0, Integer.class) + 1);
        exchange.getMessage().removeHeader(REDELIVERY_DELAY);
    }

    /** Body: the reply text. */
    public void check(Exchange exchange) {
        exchange.setProperty(CHECK, validator.check(exchange.getMessage().getBody(String.class)));
    }

    /** One retry, and only one, when the reply broke the schema. */
    public boolean needsCorrection(Exchange exchange) {
        ReplyValidator.ReplyCheck check = exchange.getProperty(CHECK, ReplyValidator.ReplyCheck.class);
        return !check.valid() && exchange.getProperty(ATTEMPTS, 0, Integer.class) < 2;
    }

    @SuppressWarnings("unchecked")
    public void correction(Exchange exchange) {
        ReplyValidator.ReplyCheck check = exchange.getProperty(CHECK, ReplyValidator.ReplyCheck.class);
        log.info("LLM reply broke the schema ({} problems); asking once more", check.errors().size());
        List<ChatMessage> asked = exchange.getProperty(MESSAGES, List.class);
        exchange.getMessage().setBody(prompt.correction(asked, check.reply(), check.errors()));
    }

    /** The end of an LLM step that got replies: a reading (and into the cache), or why not. */
    public void outcome(Exchange exchange) {
        ReplyValidator.ReplyCheck check = exchange.getProperty(CHECK, ReplyValidator.ReplyCheck.class);
        LlmUsage usage = exchange.getProperty(USAGE, LlmUsage.NONE, LlmUsage.class);
        if (!check.valid()) {
            metrics.outcome("invalid");
            String reason = "LLM reply invalid after one retry: " + check.errors().get(0);
            status.failed(reason);
            log.warn("{} ({} input, {} output tokens)", reason, usage.inputTokens(), usage.outputTokens());
            exchange.getMessage().setBody(LlmOutcome.failed(reason, usage));
            return;
        }
        LlmReading reading = LlmReading.from(check.json());
        cache.put(exchange.getProperty(CACHE_KEY, String.class), new ReplyCache.Entry(settings.providerKind().id(),
                settings.effectiveModel(), prompt.version(), compact(check), usage.inputTokens(), usage.outputTokens()));
        metrics.outcome("read");
        log.info("LLM read {} exercises ({} input, {} output tokens, ~${})",
                reading.days().stream().mapToInt(d -> d.exercises().size()).sum(), usage.inputTokens(),
                usage.outputTokens(), String.format(java.util.Locale.ROOT, "%.6f", usage.estimatedCostUsd()));
        exchange.getMessage().setBody(LlmOutcome.read(reading, usage));
    }

    /** The circuit breaker's fallback: no reading, a reason for the reviewer, and whatever was paid already. */
    public void fallback(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (cause == null) {
            cause = exchange.getException();
        }
        String reason = LlmFailures.describe(cause, settings);
        // while the circuit is open Camel calls the fallback without an exception: the call was not made
        if (cause == null
                || LlmFailures.find(cause, io.github.resilience4j.circuitbreaker.CallNotPermittedException.class).isPresent()) {
            reason = LlmFailures.circuitOpen(settings);
            metrics.outcome("circuit-open");
        } else {
            metrics.outcome("failed");
        }
        status.failed(reason);
        log.debug("LLM step failure", cause);
        if (reason.contains("refused LLM_API_KEY")) {
            log.error(reason);
        } else {
            log.warn("LLM step gave up, plan read by the rules alone: {}", reason);
        }
        exchange.setException(null);
        exchange.getMessage().setBody(LlmOutcome.failed(reason,
                exchange.getProperty(USAGE, LlmUsage.NONE, LlmUsage.class)));
    }

    /** LLM off: answer at once, so the pipeline goes on with the rules. */
    public void disabled(Exchange exchange) {
        metrics.outcome("disabled");
        exchange.getMessage().setBody(LlmOutcome.failed("no LLM configured ("
                + status.availability().reason() + "); read by the rules alone", LlmUsage.NONE));
    }

    /**
     * Called as a call fails, before Camel computes the next delay: a provider's Retry-After (capped by the
     * configured maximum) replaces the exponential backoff for that one wait.
     */
    public void honourRetryAfter(Exchange exchange) {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (!LlmFailures.isRetryable(failure)) {
            return;
        }
        Optional<Duration> wait = LlmFailures.retryAfter(failure);
        if (wait.isPresent()) {
            long capped = Math.min(wait.get().toMillis(), settings.retry().maxDelay().toMillis());
            exchange.getMessage().setHeader(REDELIVERY_DELAY, capped);
            log.warn("LLM call failed (HTTP {}); retrying after {} ms as the provider asked (Retry-After)",
                    LlmFailures.httpStatus(failure), capped);
        } else {
            exchange.getMessage().removeHeader(REDELIVERY_DELAY);
            log.warn("LLM call failed (HTTP {}); retrying with backoff", LlmFailures.httpStatus(failure));
        }
    }

    private String compact(ReplyValidator.ReplyCheck check) {
        try {
            return mapper.writeValueAsString(check.json());
        } catch (JsonProcessingException e) {
            return check.reply();
        }
    }
}
