package com.workoutplanparser.llm;

import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The LLM step as routes (ids are what ops see in metrics and logs):
 * <pre>
 * direct:llm-parse   LlmRequest in, LlmOutcome out; cache first, then at most N steps at once (throttle)
 *   direct:llm-guarded  circuit breaker (resilience4j); its fallback answers "read by the rules alone"
 *     direct:llm-ask     ask, validate against the schema, ask once more with the errors if invalid
 *       direct:llm-call    one chat call (langchain4j-chat); redelivery on 429/5xx with backoff and Retry-After
 * </pre>
 * When no LLM is configured only {@code llm-parse} exists, and it answers at once that the rules read alone.
 */
@RequiredArgsConstructor
public class LlmRoutes extends RouteConfigurationBuilder {

    /** The ChatModel bean the chat endpoint uses. */
    public static final String CHAT_MODEL_BEAN = "llmChatModel";
    /** The resilience4j CircuitBreaker bean, shared with the health indicator. */
    public static final String CIRCUIT_BREAKER_BEAN = "llmCircuitBreaker";

    private final LlmSettings settings;
    private final LlmStatus status;
    private final LlmSteps steps;
    private SpendCap spendCap = SpendCap.NONE;

    /** The daily spend cap (docs/security.md); routes built without Spring have none. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setSpendCap(SpendCap spendCap) {
        this.spendCap = spendCap;
    }

    @Override
    public void configuration() {
        // Errors inside the LLM step are the circuit breaker's to judge: nothing logged or retried on the way up.
        routeConfiguration("llm-routes").errorHandler(noErrorHandler());

        // Redelivery, declared once, for the one step that talks to the provider.
        LlmSettings.Retry retry = settings.retry();
        routeConfiguration("llm-call-errors")
                .errorHandler(defaultErrorHandler().logExhausted(false).logStackTrace(false))
                .onException(Exception.class)
                    .onWhen(exchange -> LlmFailures.isRetryable(failureOf(exchange)))
                    .onExceptionOccurred(steps::honourRetryAfter)
                    .maximumRedeliveries(retry.maxRedeliveries())
                    .redeliveryDelay(retry.initialDelay().toMillis())
                    .useExponentialBackOff()
                    .backOffMultiplier(retry.multiplier())
                    .maximumRedeliveryDelay(retry.maxDelay().toMillis())
                    // Camel's retry line quotes the provider's error body, which may echo the plan: our own
                    // line (honourRetryAfter) says status and wait instead
                    .retryAttemptedLogLevel(LoggingLevel.DEBUG)
                    .logRetryStackTrace(false)
                    .logExhausted(false)
                    .handled(false);
    }

    @Override
    public void configure() {
        if (!status.availability().enabled()) {
            from("direct:llm-parse").routeId("llm-parse").routeConfigurationId("llm-routes")
                    .bean(steps, "disabled");
            return;
        }
        LlmSettings.CircuitBreaker cb = settings.circuitBreaker();

        from("direct:llm-parse").routeId("llm-parse").routeConfigurationId("llm-routes")
                .bean(steps, "prepare")
                .bean(steps, "lookupCache")
                .choice()
                    .when(exchangeProperty(LlmSteps.CACHED).isNotNull())
                        .bean(steps, "fromCache")
                    .when(spendCap::reached) // past the daily spend cap: the rules read alone
                        .bean(spendCap, "refuse")
                    .otherwise()
                        // a burst of submissions waits here for a free slot instead of tripping the provider's
                        // rate limit; a slot is held until the exchange completes
                        .throttle(constant(settings.maxConcurrentCalls())).concurrentRequestsMode()
                        .to("direct:llm-guarded")
                .end();

        from("direct:llm-guarded").routeId("llm-guarded").routeConfigurationId("llm-routes")
                .circuitBreaker()
                    .resilience4jConfiguration().circuitBreaker(CIRCUIT_BREAKER_BEAN).end()
                    .to("direct:llm-ask")
                .onFallback()
                    .bean(steps, "fallback")
                .end();

        from("direct:llm-ask").routeId("llm-ask").routeConfigurationId("llm-routes")
                .to("direct:llm-call")
                .bean(steps, "check")
                .filter(method(steps, "needsCorrection"))
                    .bean(steps, "correction")
                    .to("direct:llm-call")
                    .bean(steps, "check")
                .end()
                .bean(steps, "outcome");

        from("direct:llm-call").routeId("llm-call").routeConfigurationId("llm-call-errors")
                .to("langchain4j-chat:plan-reader?chatOperation=CHAT_MULTIPLE_MESSAGES&chatModel=#" + CHAT_MODEL_BEAN)
                .bean(steps, "collectUsage");
    }

    private static Throwable failureOf(Exchange exchange) {
        return exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
