package com.workoutplanparser.config;

import com.workoutplanparser.catalog.MatchSettings;
import com.workoutplanparser.intake.IntakeSettings;
import com.workoutplanparser.intake.MailSettings;
import com.workoutplanparser.intake.QueueProperties;
import com.workoutplanparser.review.ReviewSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The settings records bind the shipped yaml files as they are (the records hold no defaults of their own), and a
 * wrong value stops the start with a message that names the environment variable an operator sets.
 */
class SettingsValidationTest {

    @Test
    void everySettingsRecordBindsTheShippedDefaults() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        var found = scanner.findCandidateComponents("com.workoutplanparser");
        assertThat(found).as("settings records").hasSizeGreaterThanOrEqualTo(14);
        Binder binder = Binder.get(ServiceConfiguration.environment());
        for (var candidate : found) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            String prefix = type.getAnnotation(ConfigurationProperties.class).prefix();
            assertThat(binder.bind(prefix, type).isBound()).as(type.getSimpleName() + " (" + prefix + ")").isTrue();
        }
        QueueProperties queue = binder.bind("workout.queue", QueueProperties.class).get();
        assertThat(queue.workers()).isEqualTo(4);
        assertThat(binder.bind("workout.mail", MailSettings.class).get().unknownSender())
                .isEqualTo(MailSettings.UnknownSender.REJECT);
        assertThat(binder.bind("workout.intake", IntakeSettings.class).get().batch().maxItems()).isEqualTo(500);
    }

    @Test
    void aNegativeWorkerCountNamesItsVariable() {
        assertThat(failure(QueueProperties.class, "workout.queue", "QUEUE_WORKERS", "-2"))
                .isEqualTo("QUEUE_WORKERS (workout.queue.workers) must be at least 1; it is -2.");
    }

    @Test
    void aThresholdOutsideZeroToOneOrBelowTheNextOneNamesItsVariable() {
        assertThat(failure(MatchSettings.class, "workout.match", "EXERCISE_MATCH_LOW_THRESHOLD", "-0.1"))
                .isEqualTo("EXERCISE_MATCH_LOW_THRESHOLD (workout.match.low-threshold) must be between 0 and 1;"
                        + " it is -0.1.");
        assertThat(failure(MatchSettings.class, "workout.match", "EXERCISE_MATCH_HIGH_THRESHOLD", "0.75"))
                .isEqualTo("EXERCISE_MATCH_HIGH_THRESHOLD (workout.match.high-threshold) must not be below"
                        + " workout.match.medium-threshold (0.8); it is 0.75.");
    }

    @Test
    void anUnknownChoiceNamesItsVariableAndTheChoices() {
        assertThat(failure(MailSettings.class, "workout.mail", "MAIL_UNKNOWN_SENDER", "maybe"))
                .isEqualTo("MAIL_UNKNOWN_SENDER (workout.mail.unknown-sender) cannot be \"maybe\": it must be one of"
                        + " reject, default-user, ignore.");
        assertThat(failure(MailSettings.class, "workout.mail", "MAIL_POLL_MS", "soon"))
                .isEqualTo("MAIL_POLL_MS (workout.mail.poll-ms) cannot be \"soon\": it must be a whole number.");
    }

    @Test
    void aTextLimitOfZeroAndAPageLargerThanTheLargestPageAreRefused() {
        assertThat(failure(ServiceSettings.class, "workout", "MAX_TEXT_CHARS", "0"))
                .isEqualTo("MAX_TEXT_CHARS (workout.max-text-chars) must be at least 1; it is 0.");
        assertThat(failure(ReviewSettings.class, "workout.review", "REVIEW_PAGE_SIZE", "500"))
                .as("max-page-size is set by no variable: the message names the property")
                .isEqualTo("workout.review.max-page-size must not be below workout.review.page-size (500); it is 100.");
    }

    @Test
    void aFailureThatIsNoConversionIsLeftToTheOtherAnalyzers() {
        StandardEnvironment env = ServiceConfiguration.environment();
        env.getPropertySources().addFirst(new MapPropertySource("environment variables",
                Map.of("RATE_LIMIT_UNAUTHENTICATED", "0")));
        Throwable failure = catchThrowable(() -> Binder.get(env).bind("workout.limits",
                com.workoutplanparser.web.LimitSettings.class));
        assertThat(failure).as("a limit of 0 is refused by its own record").isNotNull();
        assertThat(new SettingsFailureAnalyzer(env).analyze(failure)).isNull();
    }

    @Test
    void aPropertySetFromAnotherIsTracedToTheOthersVariable() {
        StandardEnvironment env = ServiceConfiguration.environment();
        assertThat(new SettingsFailureAnalyzer(env).variableOf("workout.retention.inbox-dir")).hasValue("INBOX_DIR");
        assertThat(new SettingsFailureAnalyzer(env).variableOf("workout.review.max-page-size")).isEmpty();
        assertThat(new SettingsFailureAnalyzer(null).variableOf("workout.queue.workers")).isEmpty();
    }

    /** The whole start, as an operator sees it: Spring Boot's failure report names the variable. */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aStartWithAWrongValueStopsWithTheVariablesName(CapturedOutput output) {
        var app = new SpringApplicationBuilder(QueueOnly.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off");
        assertThatThrownBy(() -> app.run("--QUEUE_WORKERS=0")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("QUEUE_WORKERS (workout.queue.workers) must be at least 1; it is 0.")
                .contains("Fix QUEUE_WORKERS in the environment or .env");
    }

    @Test
    void theAnalyzerIsRegisteredAheadOfTheLlmOne() {
        String factories = ServiceConfiguration.read(ServiceConfiguration.RESOURCES.resolve("META-INF/spring.factories"));
        assertThat(factories.indexOf(SettingsFailureAnalyzer.class.getName()))
                .isPositive().isLessThan(factories.indexOf("LlmConfigurationFailureAnalyzer"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(QueueProperties.class)
    static class QueueOnly {
    }

    /** Binds {@code type} from the shipped yaml with {@code variable} set, and returns the analyzer's description. */
    private static String failure(Class<?> type, String prefix, String variable, String value) {
        StandardEnvironment env = ServiceConfiguration.environment();
        env.getPropertySources().addFirst(new MapPropertySource("environment variables", Map.of(variable, value)));
        Throwable failure = catchThrowable(() -> Binder.get(env).bind(prefix, type));
        assertThat(failure).as(variable + "=" + value).isNotNull();
        FailureAnalysis analysis = new SettingsFailureAnalyzer(env).analyze(failure);
        assertThat(analysis).as("analysed: " + failure).isNotNull();
        assertThat(analysis.getAction()).contains(List.of("README.md, Configuration"));
        return analysis.getDescription();
    }
}
