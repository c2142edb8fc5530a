package com.workoutplanparser.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's configuration table and the configuration stay in sync: every environment variable the service reads
 * (placeholders in the yaml files and Java, getenv/getProperty) has a row, and every row names a variable that is
 * read. A new variable fails this test until its row is written.
 */
class ReadmeConfigurationTest {

    /** Read by a library's relaxed binding (SENTRY_DSN is Sentry's starter's sentry.dsn), not by a placeholder. */
    static final Set<String> READ_BY_LIBRARIES = Set.of("SENTRY_DSN");

    /**
     * Rows written ahead of the code, for variables other branches of this round add (LLM compatibility, data
     * protection, delivery). Tolerated while no configuration reads them yet; once merged they are checked like the
     * others, and the name can be dropped from here.
     */
    static final Set<String> DOCUMENTED_AHEAD = Set.of(
            );

    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    @Test
    void everyVariableReadIsDocumentedAndEveryDocumentedOneIsRead() {
        Set<String> documented = documented();
        Set<String> read = new TreeSet<>(ServiceConfiguration.variablesRead());
        read.addAll(READ_BY_LIBRARIES);
        assertThat(read).as("variables read").hasSizeGreaterThan(50);

        Set<String> undocumented = new TreeSet<>(read);
        undocumented.removeAll(documented);
        assertThat(undocumented).as("read by the service but missing from README's configuration table").isEmpty();

        Set<String> notRead = new TreeSet<>(documented);
        notRead.removeAll(read);
        notRead.removeAll(DOCUMENTED_AHEAD);
        assertThat(notRead).as("in README's configuration table but read nowhere").isEmpty();
    }

    @Test
    void theSentryStarterThatReadsSentryDsnIsOnTheClasspath() throws ClassNotFoundException {
        Class.forName("io.sentry.spring.boot.jakarta.SentryAutoConfiguration");
    }

    /** The first column of the table under "## Configuration". */
    static Set<String> documented() {
        String readme = ServiceConfiguration.read(Path.of("README.md"));
        int start = readme.indexOf("## Configuration");
        assertThat(start).as("README has a Configuration section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> names = new TreeSet<>();
        section.lines().filter(l -> l.startsWith("| `")).forEach(row -> {
            String firstColumn = row.split("\\|")[1];
            Matcher m = NAME.matcher(firstColumn);
            while (m.find()) {
                names.add(m.group(1));
            }
        });
        return names;
    }
}
