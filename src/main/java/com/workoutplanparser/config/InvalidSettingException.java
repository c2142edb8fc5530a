package com.workoutplanparser.config;

/**
 * A setting with a value the service cannot run with, thrown while its record is bound at start. It names the
 * property; {@link SettingsFailureAnalyzer} adds the environment variable that sets it, so the operator reads
 * "QUEUE_WORKERS (workout.queue.workers) must be at least 1" instead of a bean-creation stack trace.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private final String property;
    private final transient Object value;

    public InvalidSettingException(String property, Object value, String requirement) {
        super(property + " " + requirement + "; it is " + quoted(value) + ".");
        this.property = property;
        this.value = value;
    }

    /** The property, as written in the yaml files ({@code workout.queue.workers}). */
    public String property() {
        return property;
    }

    public Object value() {
        return value;
    }

    /** What the value must be ("must be at least 1"), without the property's name or the value. */
    public String requirement() {
        String m = getMessage();
        return m.substring(property.length() + 1, m.lastIndexOf("; it is "));
    }

    static String quoted(Object value) {
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }
}
