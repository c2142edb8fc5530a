package com.workoutplanparser.intake;

import com.workoutplanparser.web.DatabaseUnavailable;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code mail-intake-errors}: for {@code direct:intake-mail} (route intake-mail-message), the work after every
 * mailbox (the built-in intake-mail and ops mailbox routes, both through the workout-mailbox-source Kamelet): two
 * retries, then the mail is moved to the error folder with the reason recorded. Handled, so camel-mail commits
 * (moves) the mail instead of leaving it unseen for the next poll.
 */
@Component
public class MailErrorsConfiguration extends RouteConfigurationBuilder {

    public static final String MAIL_ERRORS = "mail-intake-errors";

    @Override
    public void configuration() {
        routeConfiguration(MAIL_ERRORS)
                // Database down: not the mail's fault. Left unhandled, so camel-mail leaves the mail unseen in the
                // mailbox and the next poll takes it again (its imports already recorded are deduplicated then).
                .onException(DatabaseUnavailable.types())
                    .maximumRedeliveries(2).redeliveryDelay(1000)
                    .handled(false)
                    .log(LoggingLevel.WARN, "The database is unavailable: the mail stays in the mailbox and is read again"
                            + " at the next poll (${exception.message})")
                .end()
                .onException(Exception.class)
                    .maximumRedeliveries(2).redeliveryDelay(500)
                    .handled(true)
                    .bean("mailIntake", "failed")
                .end();
    }
}
