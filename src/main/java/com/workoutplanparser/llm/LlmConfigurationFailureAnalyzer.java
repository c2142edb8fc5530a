package com.workoutplanparser.llm;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start stopped by an LLM setting ends with Spring Boot's "APPLICATION FAILED TO START" report naming the
 * variables, not with five nested bean-creation stack traces around the one line that matters.
 * Registered in META-INF/spring.factories.
 */
public class LlmConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<LlmConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LlmConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the LLM variable named above in the environment or .env (docs/llm.md, Configuration), "
                        + "then start again.", cause);
    }
}
