package com.workoutplanparser.llm;

/**
 * Two settings contradict each other (LLM_PROVIDER and LLM_MODEL's prefix): the service does not start, because
 * guessing which one was meant would send plans to a provider nobody chose.
 */
public class LlmConfigurationConflictException extends LlmConfigurationException {
    public LlmConfigurationConflictException(String message) {
        super(message);
    }
}
