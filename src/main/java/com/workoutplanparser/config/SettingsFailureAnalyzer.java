package com.workoutplanparser.config;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A start stopped by a setting ends with one line that names the environment variable an operator sets, the
 * property it maps to, the value and what it must be: "QUEUE_WORKERS (workout.queue.workers) must be at least 1;
 * it is -2." Two kinds of failure: a value a settings record refused ({@link InvalidSettingException}) and a
 * value Spring could not convert (a word where a number goes, an unknown choice such as
 * {@code MAIL_UNKNOWN_SENDER=maybe}). The variable is read from the yaml file that maps it
 * ({@code workers: ${QUEUE_WORKERS:4}}), so there is no second list of names to keep in step.
 * Registered in META-INF/spring.factories, ahead of Spring Boot's own binding analyzer.
 */
@RequiredArgsConstructor
public class SettingsFailureAnalyzer implements FailureAnalyzer, Ordered {

    /** The first placeholder of a raw yaml value: an environment variable or another property. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_.\\-\\[\\]]*)");

    /** Spring Boot hands the failed context's environment in (null when the start failed before there was one). */
    private final Environment environment;

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        InvalidSettingException invalid = find(failure, InvalidSettingException.class);
        if (invalid != null) {
            return analysis(invalid.property(), invalid.requirement() + "; it is "
                    + InvalidSettingException.quoted(invalid.value()), failure);
        }
        BindException bind = deepestBindException(failure);
        // only a value Spring could not convert: another failure while binding names no value at fault
        if (bind != null && bind.getProperty() != null && find(bind, ConversionException.class) != null) {
            String property = bind.getName().toString();
            return analysis(property, "cannot be " + InvalidSettingException.quoted(resolved(property,
                    bind.getProperty().getValue())) + expected(bind.getTarget().getType().resolve()), failure);
        }
        return null;
    }

    private FailureAnalysis analysis(String property, String problem, Throwable failure) {
        String variable = variableOf(property).orElse(null);
        String subject = variable == null ? property : variable + " (" + property + ")";
        String where = variable == null ? property + " in your configuration" : variable + " in the environment or .env";
        return new FailureAnalysis(subject + " " + problem + ".",
                "Fix " + where + " (README.md, Configuration), then start again.", failure);
    }

    /** The value as the binder saw it, its placeholders resolved ({@code maybe}, not {@code ${MAIL_UNKNOWN_SENDER:reject}}). */
    private Object resolved(String property, Object raw) {
        try {
            return environment == null ? raw : environment.getProperty(property, Object.class, raw);
        } catch (RuntimeException unresolvable) {
            return raw;
        }
    }

    /** The environment variable that sets {@code property}, following one property set from another. */
    Optional<String> variableOf(String property) {
        String name = property;
        for (int hop = 0; hop < 4 && environment instanceof ConfigurableEnvironment env; hop++) {
            Matcher m = PLACEHOLDER.matcher(rawValue(env, name));
            if (!m.find()) {
                return Optional.empty();
            }
            name = m.group(1);
            if (name.equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The value as written in a yaml file, placeholders unresolved. */
    private static String rawValue(ConfigurableEnvironment env, String property) {
        for (PropertySource<?> source : env.getPropertySources()) {
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                continue; // a view of all the others, which resolves
            }
            Object value = source.getProperty(property);
            if (value instanceof OriginTrackedValue tracked) {
                value = tracked.getValue();
            }
            if (value instanceof String s && s.contains("${")) {
                return s;
            }
        }
        return "";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return ": it must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        return ": it must be " + (type == java.time.Duration.class ? "a duration (such as 30s or 5m)"
                : type == boolean.class || type == Boolean.class ? "true or false"
                : type == int.class || type == long.class || type == Integer.class || type == Long.class
                        ? "a whole number"
                : type == double.class || type == float.class || type == Double.class ? "a number"
                : "a " + type.getSimpleName());
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static BindException deepestBindException(Throwable failure) {
        BindException deepest = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException b) {
                deepest = b;
            }
        }
        return deepest;
    }
}
