package com.workoutplanparser.intake;

import lombok.RequiredArgsConstructor;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Mail intake, present only when MAIL_IMAP_HOST is set. {@code intake-mail} polls the mailbox through the
 * {@code workout-mailbox-source} Kamelet (peek=true, unseen=true: camel-mail flags, and moves to the processed
 * folder, a mail only when its exchange completes, which is after its imports were recorded), then hands it to
 * {@code direct:intake-mail}. There every failure is handled (after two retries) by moving the mail to the
 * error folder with the reason recorded (header moveTo), so a failing mail is never polled again forever and
 * never lost. Ops mailbox routes (routes/*.yaml) do the same: {@code from: kamelet:workout-mailbox-source},
 * then {@code to: direct:intake-mail}. {@code mail-replies} sends the replies over SMTP when MAIL_SMTP_HOST is set.
 */
@Component
@RequiredArgsConstructor
public class MailIntakeRoutes extends RouteBuilder {

    private final MailSettings mail;

    @Override
    public void configure() {
        // the work after the mailbox, for the built-in mailbox and ops mailbox routes alike; its error handling
        // (mail-intake-errors) is here, so an ops route names no route configuration
        from("direct:intake-mail").routeId("intake-mail-message")
                .routeConfigurationId(MailErrorsConfiguration.MAIL_ERRORS)
                .bean("mailIntake", "receive");
        if (!mail.imap().host().isEmpty()) {
            // the same Kamelet ops mailbox routes use (src/main/resources/kamelets/workout-mailbox-source.kamelet.yaml):
            // its template keeps the mail out of the exchange's message before anything reads a header
            from("kamelet:" + MAILBOX_KAMELET + "?host={{workout.mail.imap.host}}&port={{workout.mail.imap.port}}"
                    + "&protocol={{workout.mail.imap.protocol}}"
                    + "&username=RAW({{workout.mail.username}})&password=RAW({{workout.mail.password}})"
                    + "&folder={{workout.mail.folder}}&processedFolder={{workout.mail.processed-folder}}"
                    + "&errorFolder={{workout.mail.error-folder}}&delay={{workout.mail.poll-ms}}")
                    .routeId("intake-mail")
                    .to("direct:intake-mail");
        }
        if (!mail.smtp().host().isEmpty()) {
            from("scheduler:mail-replies?delay={{workout.mail.reply-poll-ms}}&initialDelay=1000")
                    .routeId("mail-replies")
                    .bean("mailReplies", "poll");
        }
    }

    /** The Kamelet every mailbox consumes through: the built-in mailbox and ops mailbox routes alike. */
    public static final String MAILBOX_KAMELET = "workout-mailbox-source";
}
