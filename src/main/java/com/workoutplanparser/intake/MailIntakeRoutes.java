package com.workoutplanparser.intake;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Mail intake, present only when MAIL_IMAP_HOST is set. {@code intake-mail} polls the mailbox with
 * peek=true and unseen=true: camel-mail flags (and moves, moveTo) a mail only when its exchange completes,
 * which is after its imports were recorded. Every failure is handled (after two retries) by moving the mail
 * to the error folder with the reason recorded (header moveTo), so a failing mail is never polled again
 * forever and never lost. {@code mail-replies} sends the replies over SMTP when MAIL_SMTP_HOST is set.
 */
@Component
public class MailIntakeRoutes extends RouteBuilder {

    private final String imapHost;
    private final String smtpHost;

    public MailIntakeRoutes(MailSettings mail) {
        this.imapHost = mail.imap().host();
        this.smtpHost = mail.smtp().host();
    }

    @Override
    public void configure() {
        if (!imapHost.isEmpty()) {
            from("{{workout.mail.imap.protocol}}://{{workout.mail.imap.host}}:{{workout.mail.imap.port}}"
                    + "?username=RAW({{workout.mail.username}})&password=RAW({{workout.mail.password}})"
                    + "&folderName={{workout.mail.folder}}&delete=false&peek=true&unseen=true"
                    + "&moveTo={{workout.mail.processed-folder}}&delay={{workout.mail.poll-ms}}"
                    // mapMailMessage=false: the consumer reads nothing of the mail before the route, so a mail whose headers
                    // cannot even be parsed still reaches the route's error handling (and the error folder) instead of
                    // failing inside the consumer, unseen and polled again each time, blocking its whole batch.
                    + "&mapMailMessage=false&skipFailedMessage=true"
                    + "&maxMessagesPerPoll=50&closeFolder=false&disconnect=false")
                    .routeId("intake-mail")
                    .routeConfigurationId(MailErrorsConfiguration.MAIL_ERRORS)
                    // first, before anything reads a header: the mail's lazily parsed headers would fail again in
                    // the error handler itself for a mail whose headers cannot be parsed
                    .process("mailDetach")
                    .bean("mailIntake", "receive");
        }
        if (!smtpHost.isEmpty()) {
            from("scheduler:mail-replies?delay={{workout.mail.reply-poll-ms}}&initialDelay=1000")
                    .routeId("mail-replies")
                    .bean("mailReplies", "poll");
        }
    }
}
