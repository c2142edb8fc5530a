package com.workoutplanparser.intake;

import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.user.UserStore;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mail.MailConstants;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One mail from the intake mailbox: the text/plain part (or the HTML part as text) and every supported
 * attachment become imports of the sender's user, each linked to the mail's Message-ID (parent_ref). All is
 * recorded before the route ends, and only then does camel-mail move the mail (to the processed folder, or to
 * the error folder when it failed or held nothing readable). A reply is queued (intake_mail_reply) and sent by
 * {@link MailReplies} once every import of the mail has an outcome.
 */
@Component("mailIntake")
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    public enum UnknownSender { REJECT, DEFAULT_USER, IGNORE }

    private record Submission(String name, String text) {
    }

    private final JdbcTemplate jdbc;
    private final com.workoutplanparser.crypto.PlanTextCipher cipher;
    private final UserStore users;
    private final IntakeRecorder recorder;
    private final CamelContext camel;
    private final int maxChars;
    private final UnknownSender unknownSender;
    private final String errorFolder;
    private final boolean replies;
    private volatile ProducerTemplate producer;

    public MailIntake(JdbcTemplate jdbc, UserStore users, IntakeRecorder recorder, CamelContext camel,
                      com.workoutplanparser.crypto.PlanTextCipher cipher,
                      @Value("${workout.max-text-chars}") int maxChars,
                      @Value("${workout.mail.unknown-sender:reject}") String unknownSender,
                      @Value("${workout.mail.error-folder:Failed}") String errorFolder,
                      @Value("${workout.mail.smtp.host:}") String smtpHost) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.users = users;
        this.recorder = recorder;
        this.camel = camel;
        this.maxChars = maxChars;
        this.unknownSender = UnknownSender.valueOf(unknownSender.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        this.errorFolder = errorFolder;
        this.replies = smtpHost != null && !smtpHost.isBlank();
    }

    public void receive(Exchange exchange) throws Exception {
        jakarta.mail.Message mail = original(exchange);
        String messageId = messageId(mail);
        Address[] from = mail.getFrom(); // a From header that cannot be parsed fails the mail (error folder)
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)) {
            throw new IntakeRejected("no_sender", "The mail has no sender address.");
        }
        String address = sender.getAddress();
        String subject = Optional.ofNullable(mail.getSubject()).orElse("");
        Optional<UUID> user = users.findByEmail(address).map(AppUser::id);
        List<String> notes = new ArrayList<>();
        UUID owner;
        if (user.isPresent()) {
            owner = user.get();
        } else if (unknownSender == UnknownSender.DEFAULT_USER) {
            owner = recorder.defaultUser();
        } else {
            log.info("Mail {} from an unknown sender ({}): {}", messageId, LogSafe.domainOf(address), unknownSender);
            if (unknownSender == UnknownSender.REJECT) {
                queueReply(messageId, address, subject, List.of(), List.of("Your address " + address
                        + " belongs to no user of this service, so nothing was imported. Ask an admin to add your"
                        + " address to your user, then send the plan again."));
            }
            return;
        }

        List<Submission> submissions = new ArrayList<>();
        collect(mail, submissions, notes, new boolean[1]);
        if (submissions.isEmpty()) {
            String reason = "Nothing readable was found in the mail: no text and no attachment of a supported type"
                    + " (.txt, .md, .csv, .html, .pdf, .docx, .json).";
            notes.add(reason);
            recorder.recordFailure("email", messageId, reason);
            exchange.getMessage().setHeader(MailConstants.MAIL_MOVE_TO, errorFolder);
            queueReply(messageId, address, subject, List.of(), notes);
            return;
        }
        List<UUID> imports = new ArrayList<>();
        for (Submission s : submissions) {
            Exchange one = new DefaultExchange(camel);
            var msg = one.getMessage();
            msg.setBody(s.text());
            msg.setHeader(ImportHeaders.USER_ID, owner);
            msg.setHeader(ImportHeaders.SOURCE, "email");
            msg.setHeader(ImportHeaders.SOURCE_REF, s.name());
            msg.setHeader(IntakeHeaders.PARENT_REF, messageId);
            msg.setHeader(IntakeHeaders.PROCESS_NOW, false);
            Exchange done = producer().send("direct:intake", one);
            if (done.getException() instanceof PlanText.InvalidText | done.getException() instanceof IntakeRejected) {
                notes.add(s.name() + ": " + done.getException().getMessage());
                continue;
            }
            if (done.getException() != null) {
                throw done.getException();
            }
            UUID id = done.getMessage().getHeader(ImportHeaders.IMPORT_ID, UUID.class);
            UUID earlier = done.getMessage().getHeader(IntakeHeaders.DUPLICATE_OF, UUID.class);
            if (id != null) {
                imports.add(id);
            } else if (earlier != null) {
                notes.add(s.name() + ": already imported before (import " + earlier + "), not imported again.");
            }
        }
        queueReply(messageId, address, subject, imports, notes);
        log.info("Mail {} for user {}: {} import(s) recorded", messageId, owner, imports.size());
    }

    /** The mail could not be handled: it goes to the error folder (never retried forever, never lost), with the reason recorded. */
    public void failed(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String ref = "(unknown Message-ID)";
        try {
            ref = messageId(original(exchange));
        } catch (Exception ignored) {
            // the reason below is still recorded
        }
        String reason = "The mail could not be imported and was moved to the folder " + errorFolder + ": "
                + (cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
        // the reason is recorded (intake_failure) for operators; the log gets no message, which may quote the mail
        log.error("Mail {} could not be imported and was moved to the folder {}: {}", ref, errorFolder,
                com.workoutplanparser.web.LogSafeCause.of(cause));
        exchange.getMessage().setHeader(MailConstants.MAIL_MOVE_TO, errorFolder);
        try {
            recorder.recordFailure("email", ref, reason);
        } catch (RuntimeException e) {
            log.error("Could not record the failure of mail {}: {}", ref, com.workoutplanparser.web.LogSafeCause.of(e));
        }
    }

    private void collect(Part part, List<Submission> out, List<String> notes, boolean[] bodyTaken) throws Exception {
        String fileName = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (part.isMimeType("multipart/alternative") && !attachment) {
            Multipart mp = (Multipart) part.getContent();
            BodyPart plain = null;
            BodyPart html = null;
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart bp = mp.getBodyPart(i);
                if (bp.isMimeType("text/plain") && plain == null) {
                    plain = bp;
                } else if (bp.isMimeType("text/html") && html == null) {
                    html = bp;
                }
            }
            if (plain != null && !bodyTaken[0]) {
                body(out, notes, bodyTaken, (String) plain.getContent(), false);
            } else if (html != null && !bodyTaken[0]) {
                body(out, notes, bodyTaken, (String) html.getContent(), true);
            }
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), out, notes, bodyTaken);
            }
            return;
        }
        if (attachment) {
            String name = fileName == null ? "attachment" : fileName;
            if (!TextExtractor.supported(name)) {
                notes.add(name + ": not read (only .txt, .md, .csv, .html, .pdf, .docx and .json attachments are).");
                return;
            }
            try (InputStream in = part.getInputStream()) {
                out.add(new Submission(name, TextExtractor.extract(name, in.readAllBytes(), maxChars)));
            } catch (IntakeRejected | PlanText.InvalidText e) {
                notes.add(name + ": " + e.getMessage());
            }
            return;
        }
        if (!bodyTaken[0] && part.isMimeType("text/plain")) {
            body(out, notes, bodyTaken, String.valueOf(part.getContent()), false);
        } else if (!bodyTaken[0] && part.isMimeType("text/html")) {
            body(out, notes, bodyTaken, String.valueOf(part.getContent()), true);
        }
    }

    private void body(List<Submission> out, List<String> notes, boolean[] bodyTaken, String text, boolean html) {
        String plain = html ? TextExtractor.htmlToText(text) : text;
        bodyTaken[0] = true;
        if (plain == null || plain.isBlank()) {
            return; // an empty body next to attachments is normal
        }
        try {
            out.add(new Submission("message text", PlanText.validate(plain, maxChars)));
        } catch (PlanText.InvalidText e) {
            notes.add("message text: " + e.getMessage());
        }
    }

    private void queueReply(String messageId, String to, String subject, List<UUID> imports, List<String> notes) {
        if (!replies) {
            return;
        }
        String re = subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (var ps = con.prepareStatement("""
                    insert into intake_mail_reply (message_id, to_address, subject, import_ids, notes)
                    values (?, ?, ?, ?, ?)""")) {
                ps.setString(1, messageId);
                // the sender's address and their subject line are the user's data: stored encrypted (docs/privacy.md)
                ps.setString(2, cipher.encrypt(to));
                ps.setString(3, cipher.encrypt(re.strip()));
                ps.setArray(4, con.createArrayOf("uuid", imports.toArray()));
                ps.setArray(5, con.createArrayOf("text", notes.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Exchange property holding the jakarta.mail.Message while the route works on it. */
    public static final String MAIL = "workoutMail";

    /**
     * Keeps the mail in a property and routes a plain message instead: camel-mail's message parses the mail's
     * headers lazily on the first header access, which for a malformed mail throws also inside the error
     * handler (the mail would never leave the inbox). The consumer still commits (moves) the mail itself.
     */
    @org.springframework.context.annotation.Bean("mailDetach")
    static org.apache.camel.Processor detach() {
        return exchange -> {
            if (exchange.getIn() instanceof MailMessage mm) {
                exchange.setProperty(MAIL, mm.getOriginalMessage());
                exchange.setIn(new org.apache.camel.support.DefaultMessage(exchange));
            }
        };
    }

    static jakarta.mail.Message original(Exchange exchange) {
        jakarta.mail.Message mail = exchange.getProperty(MAIL, jakarta.mail.Message.class);
        if (mail == null) {
            throw new IllegalStateException("The exchange holds no mail");
        }
        return mail;
    }

    static String messageId(jakarta.mail.Message mail) throws Exception {
        String[] ids = mail.getHeader("Message-ID");
        return ids != null && ids.length > 0 ? ids[0].strip() : "<no-message-id-" + UUID.randomUUID() + ">";
    }

    private ProducerTemplate producer() {
        if (producer == null) {
            producer = camel.createProducerTemplate();
        }
        return producer;
    }
}
