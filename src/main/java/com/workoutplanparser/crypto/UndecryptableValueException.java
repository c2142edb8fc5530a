package com.workoutplanparser.crypto;

/** A stored value whose key is not configured, or that was altered: never answered with a wrong text. */
public class UndecryptableValueException extends IllegalStateException {

    public UndecryptableValueException(String message) {
        super(message);
    }
}
