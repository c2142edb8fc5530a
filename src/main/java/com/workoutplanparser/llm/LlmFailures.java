package com.workoutplanparser.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.Optional;

/** Reads LLM failures: which are worth a redelivery, when, and how to say them to a reviewer or an operator. */
public final class LlmFailures {

    private LlmFailures() {
    }

    /** 429 and 5xx are worth another try; a refused key, a bad request or a timeout are not. */
    public static boolean isRetryable(Throwable t) {
        Integer status = httpStatus(t);
        if (status != null) {
            return status == 429 || status >= 500;
        }
        return find(t, RateLimitException.class).isPresent() || find(t, InternalServerException.class).isPresent();
    }

    /** The provider's Retry-After, when it sent one. */
    public static Optional<Duration> retryAfter(Throwable t) {
        return find(t, ProviderHttpException.class).flatMap(ProviderHttpException::retryAfter);
    }

    /**
     * A model without structured outputs: HTTP 400 whose body names response_format or json_schema (OpenAI:
     * "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model"; Azure:
     * "response_format value as json_schema is enabled only for api versions 2024-08-01-preview and later").
     */
    public static boolean refusesStructuredOutput(Throwable t) {
        Optional<HttpException> http = find(t, HttpException.class);
        if (http.isEmpty() || http.get().statusCode() != 400 || http.get().getMessage() == null) {
            return false;
        }
        String body = http.get().getMessage().toLowerCase(java.util.Locale.ROOT);
        return body.contains("response_format") || body.contains("json_schema");
    }

    private static String httpBody(Throwable t) {
        return find(t, HttpException.class).map(HttpException::getMessage).orElse("").toLowerCase(java.util.Locale.ROOT);
    }

    public static Integer httpStatus(Throwable t) {
        return find(t, HttpException.class).map(HttpException::statusCode).orElse(null);
    }

    /**
     * A one-line reason naming what to check. Never includes the provider's message body (it may echo
     * the plan) nor the key itself.
     */
    public static String describe(Throwable t, LlmSettings settings) {
        String provider = settings.providerKind().id();
        if (t == null) {
            return "the LLM gave no reading";
        }
        if (find(t, CallNotPermittedException.class).isPresent()) {
            return circuitOpen(settings);
        }
        Integer status = httpStatus(t);
        if (find(t, AuthenticationException.class).isPresent() || (status != null && (status == 401 || status == 403))) {
            return "LLM_PROVIDER=" + provider + " refused LLM_API_KEY (HTTP " + (status == null ? 401 : status)
                    + "): check LLM_API_KEY" + (settings.providerKind() == LlmProvider.AZURE
                    ? ", AZURE_API_BASE and LLM_MODEL (the deployment name)" : "");
        }
        if (status != null && status == 404) {
            return "LLM_PROVIDER=" + provider + " does not know LLM_MODEL=" + settings.effectiveModel()
                    + " or the URL (HTTP 404): check LLM_MODEL and "
                    + (settings.providerKind() == LlmProvider.AZURE ? "AZURE_API_BASE (LLM_MODEL is the deployment name)"
                    : "LLM_BASE_URL");
        }
        if (refusesStructuredOutput(t) && httpBody(t).contains("json_object")) {
            return "LLM_MODEL=" + settings.effectiveModel() + " refused JSON mode too (HTTP 400, response_format "
                    + "json_object): it has no JSON output; choose a model that has (gpt-4o-mini, gpt-3.5-turbo-0125, "
                    + "gpt-4-turbo, a recent Ollama model)";
        }
        if (refusesStructuredOutput(t)) {
            return "LLM_MODEL=" + settings.effectiveModel() + " refused response_format json_schema (HTTP 400): "
                    + "set LLM_RESPONSE_FORMAT=auto or json_object to ask it in JSON mode"
                    + (settings.providerKind() == LlmProvider.AZURE ? ", or AZURE_API_VERSION=2024-08-01-preview or later"
                    : "");
        }
        if (status != null && status == 429) {
            return "LLM rate limit (HTTP 429) still hit after retries";
        }
        if (status != null && status >= 500) {
            return "LLM provider error (HTTP " + status + ") after retries";
        }
        if (status != null) {
            return "LLM provider refused the request (HTTP " + status + ")";
        }
        if (find(t, dev.langchain4j.exception.TimeoutException.class).isPresent()
                || find(t, java.util.concurrent.TimeoutException.class).isPresent()
                || find(t, java.net.http.HttpTimeoutException.class).isPresent()) {
            Duration timeout = settings.timeout();
            return "LLM did not answer in time (LLM_TIMEOUT=" + (timeout.toMillis() % 1000 == 0
                    ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms") + ")";
        }
        if (find(t, java.net.ConnectException.class).isPresent()) {
            return "LLM unreachable at the configured URL (check LLM_BASE_URL / AZURE_API_BASE)";
        }
        return "LLM call failed (" + t.getClass().getSimpleName() + ")";
    }

    public static String circuitOpen(LlmSettings settings) {
        return "LLM circuit breaker open after repeated failures of LLM_PROVIDER=" + settings.providerKind().id()
                + "; read by the rules alone";
    }

    static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}
