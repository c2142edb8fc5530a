package com.workoutplanparser.web;

import org.apache.camel.Message;

import java.util.Collection;
import java.util.Locale;

/**
 * Query parameters (Camel puts them in message headers) read strictly: a value that is not what the endpoint
 * documents is a 400 that names the parameter, not a type-conversion failure answered as a 500.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The parameter as text, or null when absent or blank. A parameter given twice is a 400. */
    public static String text(Message msg, String name) {
        Object value = msg.getHeader(name);
        if (value instanceof Collection<?>) {
            throw ApiException.badRequest("invalid_" + name, "Give the query parameter " + name + " once.");
        }
        String s = value == null ? null : value.toString().strip();
        return s == null || s.isEmpty() ? null : s;
    }

    /** A whole number from {@code min} to {@code max}; absent: {@code fallback}. */
    public static int integer(Message msg, String name, int fallback, int min, int max) {
        String s = text(msg, name);
        if (s == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw ApiException.badRequest("invalid_" + name,
                "The query parameter " + name + " must be a whole number from " + min + " to " + max + ".");
    }

    /** true or false; absent: {@code fallback}. */
    public static boolean bool(Message msg, String name, boolean fallback) {
        String s = text(msg, name);
        if (s == null) {
            return fallback;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("invalid_" + name,
                    "The query parameter " + name + " must be true or false.");
        };
    }
}
