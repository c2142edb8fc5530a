package com.workoutplanparser.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code /actuator/health} component {@code llm}: which parser mode is in force and why. Always UP: without an
 * LLM, or with its circuit open, the service still works (on the rules, sending what they cannot read to review).
 */
@RequiredArgsConstructor
public class LlmHealthIndicator implements HealthIndicator {

    private final LlmStatus status;
    private final CircuitBreaker circuitBreaker;
    private SpendCap spendCap = SpendCap.NONE;
    private dev.langchain4j.model.chat.ChatModel chatModel;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setSpendCap(SpendCap spendCap) {
        this.spendCap = spendCap;
    }

    /** The chat model, to say whether it is asked for json_schema or, since a refusal, in JSON mode. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setChatModel(@org.springframework.beans.factory.annotation.Qualifier(LlmRoutes.CHAT_MODEL_BEAN)
                             dev.langchain4j.model.chat.ChatModel chatModel) {
        this.chatModel = chatModel;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("parserMode", status.mode().name().toLowerCase(java.util.Locale.ROOT));
        if (!status.availability().enabled()) {
            details.put("llm", "not configured: the rule parser alone reads plans");
            details.put("reason", status.availability().reason());
            return Health.up().withDetails(details).build();
        }
        details.put("provider", status.provider());
        details.put("model", status.model());
        if (circuitBreaker != null) {
            details.put("circuit", circuitBreaker.getState().name());
        }
        if (chatModel instanceof StructuredOutputFallback fallback) {
            details.put("responseFormat", fallback.inForce().id());
        }
        details.putAll(spendCap.health());
        if (status.lastFailure() != null) {
            details.put("lastFailure", status.lastFailure());
            details.put("lastFailureAt", status.lastFailureAt().toString());
        }
        return Health.up().withDetails(details).build();
    }
}
