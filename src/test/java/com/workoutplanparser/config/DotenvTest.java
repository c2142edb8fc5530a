package com.workoutplanparser.config;

import com.workoutplanparser.intake.WorkLimits;
import com.workoutplanparser.llm.LlmSettings;
import com.workoutplanparser.llm.ParserMode;
import com.workoutplanparser.llm.SpendCapSettings;
import com.workoutplanparser.web.LimitSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed's .env habits: comments, quotes, export, blank lines; real environment variables still win. */
class DotenvTest {

    private static final String SEED_STYLE = """
            # --- LLM ---
            export LLM_PROVIDER=openai-compatible   # openai | anthropic | azure | ollama
            LLM_MODEL="gpt-4o-mini"  # quoted, then a comment
            LLM_API_KEY='sk-test-#not-a-comment'

            LLM_BASE_URL=http://127.0.0.1:9/v1
            PARSER_MODE=hybrid             # rules | llm | hybrid
            MAIL_PASSWORD=a#b
            EXERCISE_MATCH_THRESHOLD = 0.80
            MAIL_FROM="Plans <plans@example.test>"
            LOGGING_LEVEL_COM_WORKOUTPLANPARSER=DEBUG
            """;

    @Test
    void readsTheFileAsPeopleWriteIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(".env"), SEED_STYLE);

        Map<String, String> env = DotenvFile.read(file);

        assertThat(env).containsEntry("LLM_PROVIDER", "openai-compatible")
                .containsEntry("LLM_MODEL", "gpt-4o-mini")
                .containsEntry("LLM_API_KEY", "sk-test-#not-a-comment")
                .containsEntry("PARSER_MODE", "hybrid")
                .containsEntry("MAIL_PASSWORD", "a#b")
                .containsEntry("EXERCISE_MATCH_THRESHOLD", "0.80")
                .containsEntry("MAIL_FROM", "Plans <plans@example.test>");
    }

    @Test
    void environmentVariablesWinAndTheFileBindsLikeThem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(".env"), SEED_STYLE);
        StandardEnvironment env = ServiceConfiguration.environment();
        // stands in for the process environment: same name, so the processor ranks the file right below it
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("LLM_MODEL", "from-the-environment")));

        new DotenvEnvironmentPostProcessor(file).postProcessEnvironment(env, new SpringApplication());

        LlmSettings llm = Binder.get(env).bind("llm", LlmSettings.class).get();
        assertThat(llm.model()).isEqualTo("from-the-environment");
        assertThat(llm.provider()).isEqualTo("openai-compatible");
        assertThat(ParserMode.parse(llm.parserMode())).isEqualTo(ParserMode.HYBRID);
        assertThat(env.getProperty("workout.match.medium-threshold", Double.class)).isEqualTo(0.80);
        // KEY_NAMES bind relaxed, as real environment variables do
        assertThat(env.getProperty("logging.level.com.workoutplanparser")).isEqualTo("DEBUG");
    }

    @Test
    void everyLineOfTheExampleUncommentedAsItIsBinds(@TempDir Path dir) throws IOException {
        List<String> uncommented = Files.readAllLines(Path.of(".env.example")).stream()
                .map(line -> line.matches("^#\\s*[A-Z][A-Z0-9_]*=.*") ? line.replaceFirst("^#\\s*", "") : line)
                .toList();
        Path file = Files.write(dir.resolve(".env"), uncommented);
        Map<String, String> entries = DotenvFile.read(file);
        assertThat(entries).as("the example's settings").hasSizeGreaterThan(20);
        assertThat(entries.values()).as("no comment ends up in a value").noneMatch(v -> v.contains(" #"));

        StandardEnvironment env = ServiceConfiguration.environment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        new DotenvEnvironmentPostProcessor(file).postProcessEnvironment(env, new SpringApplication());

        Binder binder = Binder.get(env);
        LlmSettings llm = binder.bind("llm", LlmSettings.class).get();
        llm.providerKind(); // an unknown provider would throw
        ParserMode.parse(llm.parserMode());
        binder.bind("workout.limits", LimitSettings.class).get();
        binder.bind("workout.limits.work", WorkLimits.class).get();
        binder.bind("workout.limits.llm-spend", SpendCapSettings.class).get();
        for (String key : entries.keySet()) {
            assertThat(env.getProperty(key)).as(key).isEqualTo(entries.get(key));
        }
        // every placeholder of the yaml files resolves with these values
        for (var source : env.getPropertySources()) {
            if (source instanceof org.springframework.core.env.EnumerablePropertySource<?> e) {
                for (String name : e.getPropertyNames()) {
                    env.getProperty(name);
                }
            }
        }
    }

    @Test
    void aBrokenLineIsNamedByNumberWithoutItsText() {
        assertThatThrownBy(() -> DotenvFile.parse(List.of("A=1", "this is not a setting secret123"), ".env"))
                .hasMessageContaining(".env line 2").hasMessageNotContaining("secret123");
        assertThatThrownBy(() -> DotenvFile.parse(List.of("A=\"open"), ".env")).hasMessageContaining("line 1");
    }
}
