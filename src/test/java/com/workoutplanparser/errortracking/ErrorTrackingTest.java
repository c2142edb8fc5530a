package com.workoutplanparser.errortracking;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.IScopes;
import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import io.sentry.spring.boot.jakarta.SentryAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentry is on only with SENTRY_DSN, and what it sends carries no plan text, token or mail address. */
class ErrorTrackingTest {

    private static final String PLAN = "Bench Press: 3x8 @ 80kg\nSquat: 5x5 – knee still sore after the fall";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SentryAutoConfiguration.class))
            .withUserConfiguration(ErrorTrackingConfiguration.class);

    @Test
    void withoutADsnNothingIsInitialised() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(IScopes.class).doesNotHaveBean(SentryOptions.class)
                    .doesNotHaveBean(PlanTextScrubber.class);
            assertThat(Sentry.isEnabled()).isFalse();
        });
    }

    @Test
    void withADsnEveryEventAndBreadcrumbGoesThroughTheScrubber() {
        // a DSN on a closed loopback port: nothing leaves the machine
        runner.withPropertyValues("sentry.dsn=http://public@127.0.0.1:9/1").run(context -> {
            try {
                assertThat(context).hasNotFailed().hasSingleBean(PlanTextScrubber.class);
                SentryOptions options = context.getBean(SentryOptions.class);
                assertThat(options.getBeforeSend()).isSameAs(context.getBean(PlanTextScrubber.class));
                assertThat(options.getBeforeBreadcrumb()).isSameAs(context.getBean(PlanTextScrubber.class));
            } finally {
                Sentry.close();
            }
        });
    }

    @Test
    void theScrubberRemovesPlanTextFromRequestsExceptionsMessagesAndBreadcrumbs() {
        SentryEvent event = new SentryEvent();
        Request request = new Request();
        request.setData("{\"text\": \"" + PLAN + "\"}");
        request.setQueryString("q=Bench%20Press");
        request.setCookies("session=abc");
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer sk-secret-token",
                "Content-Type", "application/json"));
        request.setHeaders(headers);
        event.setRequest(request);
        SentryException thrown = new SentryException();
        thrown.setType("IllegalArgumentException");
        thrown.setValue("Cannot read line 'Squat: 5x5 – knee still sore after the fall' of plans@example.com's plan\n" + PLAN);
        event.setExceptions(List.of(thrown));
        Message message = new Message();
        message.setMessage("Import {} failed: " + PLAN);
        message.setFormatted("Import 42 failed: \"" + PLAN + "\"");
        message.setParams(List.of(PLAN));
        event.setMessage(message);
        Breadcrumb crumb = new Breadcrumb("Read \"Bench Press: 3x8 @ 80kg\" with Bearer sk-secret-token");
        crumb.setData("body", PLAN);
        event.addBreadcrumb(crumb);
        event.setExtra("text", PLAN);
        User user = new User();
        user.setEmail("plans@example.com");
        event.setUser(user);

        SentryEvent sent = new PlanTextScrubber().execute(event, new Hint());

        String everything = String.valueOf(sent.getRequest().getData()) + sent.getRequest().getQueryString()
                + sent.getRequest().getCookies() + sent.getRequest().getHeaders() + sent.getExceptions().get(0).getValue()
                + sent.getMessage().getMessage() + sent.getMessage().getFormatted() + sent.getMessage().getParams()
                + sent.getBreadcrumbs().get(0).getMessage() + sent.getBreadcrumbs().get(0).getData()
                + sent.getExtras() + sent.getUser();
        assertThat(everything).doesNotContain("knee").doesNotContain("Squat").doesNotContain("80kg")
                .doesNotContain("sk-secret-token").doesNotContain("plans@example.com").doesNotContain("Bench");
        // what finds the bug stays
        assertThat(sent.getExceptions().get(0).getType()).isEqualTo("IllegalArgumentException");
        assertThat(sent.getExceptions().get(0).getValue()).startsWith("Cannot read line [removed] of [removed]");
        assertThat(sent.getRequest().getHeaders()).containsKey("Content-Type").doesNotContainKey("Authorization");
    }
}
