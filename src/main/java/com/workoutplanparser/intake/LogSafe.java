package com.workoutplanparser.intake;

/** What may appear in a log line: of a mail address its domain, never the person's part; of a name, no control characters. */
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

    /**
     * A name someone else chose (a file name, a subject), safe for a one-line log entry: control characters such
     * as CR and LF are written as backslash-u and four hex digits, so a file named "plan\nERROR forged" cannot forge a log line.
     */
    static String printable(String name) {
        if (name == null) {
            return "unnamed";
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.length() > 200 ? out.substring(0, 200) + "…" : out.toString();
    }
}
