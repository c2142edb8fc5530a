package com.workoutplanparser.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * Failures that mean "the database cannot be reached right now" (no connection within Hikari's
 * connection-timeout, a connection that broke, the server shutting down), as opposed to a failure of the
 * request itself. The API answers them with 503 and Retry-After; the folder and mail intake leave the file or
 * mail where it is and try again.
 */
public final class DatabaseUnavailable {

    /** The exception types, for {@code onException(...)}; Camel matches them anywhere in the cause chain. */
    public static final List<Class<? extends Throwable>> TYPES = List.of(
            DataAccessResourceFailureException.class, // includes CannotGetJdbcConnectionException
            TransientDataAccessResourceException.class, RecoverableDataAccessException.class,
            SQLTransientConnectionException.class, SQLNonTransientConnectionException.class,
            SQLRecoverableException.class);

    /** Seconds a client is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : TYPES) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // connection exception class (PostgreSQL reports a refused or broken connection so)
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends Throwable>[] types() {
        return TYPES.toArray(new Class[0]);
    }
}
