package com.workoutplanparser.config;

import java.time.Duration;

/**
 * The checks the settings records make in their constructors, one way for all of them: a value out of range is
 * refused with an {@link InvalidSettingException} naming its property, never clamped silently into range (a
 * negative worker count is a typo to fix, not a wish for one worker). Defaults are not here: they live in the
 * yaml files, beside the variable that overrides them (README, Configuration).
 */
public final class SettingsCheck {

    private SettingsCheck() {
    }

    public static int atLeast(String property, int value, int min) {
        if (value < min) {
            throw new InvalidSettingException(property, value, "must be at least " + min);
        }
        return value;
    }

    public static long atLeast(String property, long value, long min) {
        if (value < min) {
            throw new InvalidSettingException(property, value, "must be at least " + min);
        }
        return value;
    }

    public static int between(String property, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidSettingException(property, value, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** A fraction such as a match threshold: 0 to 1, both included. */
    public static double fraction(String property, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidSettingException(property, value, "must be between 0 and 1");
        }
        return value;
    }

    /** {@code value} must not be below {@code floor}, the value of the setting {@code floorProperty}. */
    public static <T extends Comparable<T>> T notBelow(String property, T value, String floorProperty, T floor) {
        if (value.compareTo(floor) < 0) {
            throw new InvalidSettingException(property, value,
                    "must not be below " + floorProperty + " (" + floor + ")");
        }
        return value;
    }

    public static Duration positive(String property, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new InvalidSettingException(property, value, "must be a positive duration (such as 30s or 5m)");
        }
        return value;
    }

    /** A group of settings (a nested record) or a value that has no meaningful empty form. */
    public static <T> T present(String property, T value) {
        if (value == null || value instanceof CharSequence s && s.toString().isBlank()) {
            throw new InvalidSettingException(property, value, "must be set");
        }
        return value;
    }

    /** An optional text: empty when unset, without surrounding blanks. */
    public static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
