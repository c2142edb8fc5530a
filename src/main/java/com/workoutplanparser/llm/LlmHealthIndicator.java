package com.workoutplanparser.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code /actuator/health} component {@code llm}: which parser mode is in force and why. Always UP: without an
 * LLM, or with its circuit open, the service still works (on the rules, sending what they cannot read to review).
 */
public class LlmHealthIndicator implements HealthIndicator {

    private final LlmStatus status;
    private final CircuitBreaker circuitBreaker;
    private SpendCap spendCap = SpendCap.NONE;

    public LlmHealthIndicator(LlmStatus status, CircuitBreaker circuitBreaker) {
        this.status = status;
        this.circuitBreaker = circuitBreaker;
    }

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setSpendCap(SpendCap spendCap) {
        this.spendCap = spendCap;
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
        details.putAll(spendCap.health());
        if (status.lastFailure() != null) {
            details.put("lastFailure", status.lastFailure());
            details.put("lastFailureAt", status.lastFailureAt().toString());
        }
        return Health.up().withDetails(details).build();
    }
}
