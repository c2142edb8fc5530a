package com.workoutplanparser.match;

/** How much a match can be trusted; the thresholds that separate the levels come from configuration. */
public enum MatchLevel {
    HIGH, MEDIUM, LOW, UNMATCHED;

    /** The lower-case form used in the JSON contract ("high", "medium", …). */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
