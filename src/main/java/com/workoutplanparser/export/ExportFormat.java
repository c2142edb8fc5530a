package com.workoutplanparser.export;

import lombok.RequiredArgsConstructor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a stored plan is written in: for the export endpoint, for delivery targets and for mail attachments.
 * {@code JSON} is the API's own plan (GET /api/v1/workout-plans/{id}) and is written by the caller's JSON mapper.
 */
@RequiredArgsConstructor
public enum ExportFormat {
    LIFTOSCRIPT("text/plain", "liftoscript"),
    CSV("text/csv", "csv"),
    MARKDOWN("text/markdown", "md"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    public String mediaType() {
        return mediaType;
    }

    /** With the charset, as the Content-Type of a response or a delivered message. */
    public String contentType() {
        return mediaType + "; charset=UTF-8";
    }

    public String extension() {
        return extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "csv", "CSV", "liftoscript", "markdown" or "md", "json"; empty for anything else. */
    public static Optional<ExportFormat> byName(String name) {
        if (name == null) return Optional.empty();
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("md")) return Optional.of(MARKDOWN);
        return Arrays.stream(values()).filter(f -> f.id().equals(n)).findFirst();
    }
}
