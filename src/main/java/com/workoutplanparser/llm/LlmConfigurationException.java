package com.workoutplanparser.llm;

/** A configuration mistake, said in terms of the environment variable to fix (shown without a stack trace). */
public class LlmConfigurationException extends RuntimeException {
    public LlmConfigurationException(String message) {
        super(message);
    }
}
