package com.workoutplanparser.crypto;

/** The configured keys cannot be used (missing, malformed, unreadable file). Its message never holds a key. */
public class KeyConfigurationException extends IllegalStateException {

    public KeyConfigurationException(String message) {
        super(message);
    }

    public KeyConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
