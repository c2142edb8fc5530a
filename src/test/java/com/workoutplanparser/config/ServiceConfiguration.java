package com.workoutplanparser.config;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the service's configuration files say, read from the sources (not from a running context): the
 * environment variables the service reads and an environment built from application.yaml and the files it
 * imports, without the test profile. Used by the tests that keep .env.example, docker-compose.yml and README's
 * configuration table true.
 */
final class ServiceConfiguration {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path JAVA = Path.of("src/main/java");
    /** An environment variable as a placeholder: ${NAME} or ${NAME:default}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    /** Read by code, not by a placeholder in the yaml files. */
    private static final Pattern GETENV = Pattern.compile("(?:getenv|getProperty)\\(\"([A-Z][A-Z0-9_]*)\"\\)");

    private ServiceConfiguration() {
    }

    /** Every environment variable the service reads: placeholders in the yaml files and in Java, and getenv/getProperty calls. */
    static Set<String> variablesRead() {
        Set<String> names = new TreeSet<>();
        for (Path file : files()) {
            String text = read(file);
            collect(PLACEHOLDER.matcher(text), names);
            if (file.toString().endsWith(".java")) {
                collect(GETENV.matcher(text), names);
            }
        }
        return names;
    }

    /** application.yaml and the yaml files it imports, as Spring would load them (profile documents left out). */
    static StandardEnvironment environment() {
        StandardEnvironment env = new StandardEnvironment();
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        try (Stream<Path> yamls = Files.list(RESOURCES)) {
            for (Path yaml : yamls.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (PropertySource<?> document : loader.load(yaml.getFileName().toString(), new FileSystemResource(yaml))) {
                    if (!document.containsProperty("spring.config.activate.on-profile")) {
                        env.getPropertySources().addLast(document);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    private static List<Path> files() {
        try (Stream<Path> yamls = Files.list(RESOURCES); Stream<Path> java = Files.walk(JAVA)) {
            return Stream.concat(yamls.filter(p -> p.toString().endsWith(".yaml")),
                    java.filter(p -> p.toString().endsWith(".java"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
