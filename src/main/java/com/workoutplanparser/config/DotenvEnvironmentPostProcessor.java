package com.workoutplanparser.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the {@code .env} of the working directory (the seed's habit) into Spring's environment, ranked just
 * below the real environment variables: a variable set in the shell, by docker compose or by systemd wins over
 * the file, and both win over the defaults in application.yaml. Registered in META-INF/spring.factories (Boot 3's
 * key {@code org.springframework.boot.env.EnvironmentPostProcessor}), so it runs before any configuration is bound.
 * {@code DOTENV_FILE} (a real environment variable or system property) names another file.
 */
public class DotenvEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Named like Spring's own so that Boot binds its KEY_NAMES relaxed, as it does real environment variables. */
    public static final String SOURCE_NAME = "dotenv-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

    private final Path defaultFile;

    public DotenvEnvironmentPostProcessor() {
        this(Path.of(".env"));
    }

    /** Reads {@code defaultFile} when DOTENV_FILE names none (tests hand it a file of their own). */
    public DotenvEnvironmentPostProcessor(Path defaultFile) {
        this.defaultFile = defaultFile;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String named = environment.getProperty("DOTENV_FILE");
        Path file = named == null || named.isBlank() ? defaultFile : Path.of(named.strip());
        Map<String, String> entries = DotenvFile.read(file);
        if (entries.isEmpty()) {
            return;
        }
        MutablePropertySources sources = environment.getPropertySources();
        SystemEnvironmentPropertySource dotenv = new SystemEnvironmentPropertySource(SOURCE_NAME, new LinkedHashMap<String, Object>(entries));
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, dotenv);
        } else {
            sources.addLast(dotenv);
        }
    }

    /** Early, so that the config data (application.yaml and its imports) already sees the file's values. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
