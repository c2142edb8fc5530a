package com.workoutplanparser.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/** A non-2xx answer from the provider, keeping what langchain4j's own exception drops: the Retry-After. */
public class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    public ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
