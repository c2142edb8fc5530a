package com.workoutplanparser.intake;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code mail-intake-errors}: for every mailbox route (the built-in intake-mail and ops mailbox routes, which
 * name it in routeConfigurationId): two retries, then the mail is moved to the error folder with the reason
 * recorded. Handled, so camel-mail commits (moves) the mail instead of leaving it unseen for the next poll.
 */
@Component
public class MailErrorsConfiguration extends RouteConfigurationBuilder {

    public static final String MAIL_ERRORS = "mail-intake-errors";

    @Override
    public void configuration() {
        routeConfiguration(MAIL_ERRORS)
                .onException(Exception.class)
                    .maximumRedeliveries(2).redeliveryDelay(500)
                    .handled(true)
                    .bean("mailIntake", "failed")
                .end();
    }
}
