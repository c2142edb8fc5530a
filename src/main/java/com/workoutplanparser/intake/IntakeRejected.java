package com.workoutplanparser.intake;

/** A submission that cannot become an import (unsupported type, unreadable file, unknown owner…), with a reason a person can act on. */
public class IntakeRejected extends RuntimeException {

    private final String code;

    public IntakeRejected(String code, String message) {
        super(message);
        this.code = code;
    }

    public IntakeRejected(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
