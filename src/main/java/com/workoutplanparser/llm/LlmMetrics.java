package com.workoutplanparser.llm;

import com.workoutplanparser.plan.LlmUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;

/**
 * Tokens and estimated cost as Micrometer counters tagged by provider and model
 * ({@code llm_tokens_total{type=input|output}}, {@code llm_cost_usd_total}), and what became of each
 * LLM step ({@code llm_replies_total{outcome=read|cached|invalid|failed|disabled}}).
 */
@RequiredArgsConstructor
public class LlmMetrics {

    private final MeterRegistry registry;
    private final String provider;
    /** null when no LLM is configured: tagged "none" */
    private final String model;

    public void paid(LlmUsage usage) {
        tokens("input").increment(usage.inputTokens());
        tokens("output").increment(usage.outputTokens());
        Counter.builder("llm.cost.usd").description("Estimated LLM cost from the price table")
                .baseUnit("usd").tags("provider", provider, "model", modelTag()).register(registry)
                .increment(usage.estimatedCostUsd());
    }

    public void outcome(String outcome) {
        Counter.builder("llm.replies").description("LLM steps by outcome")
                .tags("provider", provider, "model", modelTag(), "outcome", outcome).register(registry).increment();
    }

    private String modelTag() {
        return model == null ? "none" : model;
    }

    private Counter tokens(String type) {
        return Counter.builder("llm.tokens").description("LLM tokens paid for").baseUnit("tokens")
                .tags("provider", provider, "model", modelTag(), "type", type).register(registry);
    }
}
