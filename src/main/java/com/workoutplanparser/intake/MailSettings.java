package com.workoutplanparser.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.between;
import static com.workoutplanparser.config.SettingsCheck.present;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * {@code workout.mail.*} (intake.yaml, which holds the defaults): mail intake and replies. The login and sender
 * are read by the mail endpoints as placeholders and are not held here.
 *
 * @param imap            the mailbox read; off while its host is empty
 * @param folder          MAIL_FOLDER: the folder read
 * @param processedFolder MAIL_PROCESSED_FOLDER: where a mail goes once its imports are recorded
 * @param errorFolder     MAIL_ERROR_FOLDER: where a mail that failed goes
 * @param pollMs          MAIL_POLL_MS
 * @param unknownSender   MAIL_UNKNOWN_SENDER: what a mail from an address with no user comes to
 * @param smtp            replies; off while its host is empty
 * @param replyPollMs     MAIL_REPLY_POLL_MS: how often finished mails are answered
 */
@ConfigurationProperties(prefix = "workout.mail")
public record MailSettings(Server imap, String folder, String processedFolder, String errorFolder, long pollMs,
                           UnknownSender unknownSender, Smtp smtp, long replyPollMs) {

    /** What a mail from an address that is no user's comes to. */
    public enum UnknownSender { REJECT, DEFAULT_USER, IGNORE }

    public MailSettings {
        present("workout.mail.imap", imap);
        present("workout.mail.folder", folder);
        present("workout.mail.processed-folder", processedFolder);
        present("workout.mail.error-folder", errorFolder);
        atLeast("workout.mail.poll-ms", pollMs, 1);
        present("workout.mail.unknown-sender", unknownSender);
        present("workout.mail.smtp", smtp);
        atLeast("workout.mail.reply-poll-ms", replyPollMs, 1);
    }

    /** Whether mail intake is on (MAIL_IMAP_HOST set). */
    public boolean intakeEnabled() {
        return !imap.host().isEmpty();
    }

    /** Whether senders are answered (MAIL_SMTP_HOST set). */
    public boolean repliesEnabled() {
        return !smtp.host().isEmpty();
    }

    /** @param host MAIL_IMAP_HOST; @param port MAIL_IMAP_PORT; @param protocol MAIL_IMAP_PROTOCOL (imaps, imap) */
    public record Server(String host, int port, String protocol) {
        public Server {
            host = text(host);
            between("workout.mail.imap.port", port, 1, 65535);
            present("workout.mail.imap.protocol", protocol);
        }
    }

    /**
     * @param host MAIL_SMTP_HOST; @param port MAIL_SMTP_PORT; @param protocol MAIL_SMTP_PROTOCOL
     * @param uri  the Camel endpoint replies are sent to (built in intake.yaml, with the login)
     */
    public record Smtp(String host, int port, String protocol, String uri) {
        public Smtp {
            host = text(host);
            between("workout.mail.smtp.port", port, 1, 65535);
            present("workout.mail.smtp.protocol", protocol);
            uri = text(uri);
        }

        /** Without the uri: it holds the password. */
        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", protocol=" + protocol + "]";
        }
    }
}
