package com.workoutplanparser.intake;

/** What of a mail address may appear in a log line: its domain, never the person's part. */
final class LogSafe {

    private LogSafe() {
    }

    static String domainOf(String address) {
        if (address == null) {
            return "no address";
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? "***" : "***" + address.substring(at).replaceAll("[>\\s]", "");
    }
}
