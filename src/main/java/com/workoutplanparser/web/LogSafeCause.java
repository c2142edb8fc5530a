package com.workoutplanparser.web;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * An exception as a log line may show it: the chain of exception classes, where each was thrown, and the
 * SQLState of database errors, without any message. Messages are where user data leaks into logs: a JSON
 * parser quotes the text it choked on, PostgreSQL's "Detail: Key (…)=(…)" quotes the row, a mail server quotes
 * the address it refused. The caller still gets a reference; operators get the class, the place and the
 * exchange or import id, which find the stored input when it is needed (docs/security.md).
 */
public final class LogSafeCause {

    private static final String OWN_PACKAGE = "com.workoutplanparser.";
    private static final int MAX_CAUSES = 8;

    private LogSafeCause() {
    }

    public static String of(Throwable t) {
        if (t == null) {
            return "no exception";
        }
        StringBuilder out = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        int depth = 0;
        for (Throwable c = t; c != null && seen.put(c, Boolean.TRUE) == null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (depth > 0) {
                out.append(" <- caused by ");
            }
            out.append(c.getClass().getName());
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                out.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
            StackTraceElement where = where(c.getStackTrace());
            if (where != null) {
                out.append(" at ").append(where);
            }
        }
        return out.toString();
    }

    /** The first frame in this service's code (what a developer looks at first), else the top frame. */
    private static StackTraceElement where(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            if (f.getClassName().startsWith(OWN_PACKAGE)) {
                return f;
            }
        }
        return frames.length > 0 ? frames[0] : null;
    }
}
