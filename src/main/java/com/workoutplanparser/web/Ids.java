package com.workoutplanparser.web;


import java.util.UUID;

/** Path ids: a malformed one is a 404 for that kind of thing, not a 500. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String value, String kind) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw ApiException.notFound("No " + kind + " has the id '" + value + "'.");
        }
    }
}
