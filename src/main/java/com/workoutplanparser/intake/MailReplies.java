package com.workoutplanparser.intake;

import com.workoutplanparser.config.ServiceSettings;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.store.ImportLogSql;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import jakarta.activation.DataHandler;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.component.mail.MailConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the reply to each intake mail once all of its imports have an outcome (the queue's workers parse
 * them later): what was read (days, exercises with sets and reps, which LLM read it), what was stored, what waits
 * for review and where, in plain text and HTML, with each stored plan attached as Liftoscript and CSV
 * ({@link MailReplyContent}).
 * Claimed with SKIP LOCKED and a lease, so with several instances each reply is sent once.
 */
@Component("mailReplies")
public class MailReplies {

    private static final Logger log = LoggerFactory.getLogger(MailReplies.class);
    private static final String CLAIM = """
            update intake_mail_reply set lease_until = now() + interval '120 seconds', attempts = attempts + 1
             where id in (select r.id from intake_mail_reply r
                           where r.status = 'PENDING' and (r.lease_until is null or r.lease_until < now())
                             and not exists (select 1 from workout_import_log l
                                              where l.id = any(r.import_ids) and l.status in ('RECEIVED', 'PROCESSING'))
                           order by r.created_at limit 10
                           for update skip locked)
            returning id, message_id, to_address, subject, import_ids, notes, attempts""";

    private final JdbcTemplate jdbc;
    private final com.workoutplanparser.crypto.PlanTextCipher cipher;
    private final CamelContext camel;
    private final String publicUrl;
    private final String smtpUri;
    private final MailReplyContent content;
    private volatile ProducerTemplate producer;

    public MailReplies(JdbcTemplate jdbc, com.workoutplanparser.crypto.PlanTextCipher cipher, CamelContext camel,
                       ServiceSettings service, MailSettings mail, MailReplyContent content) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.content = content;
        this.camel = camel;
        this.publicUrl = service.publicUrl();
        this.smtpUri = mail.smtp().uri();
    }

    public void poll() {
        List<Due> due = jdbc.query(CLAIM, (rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("message_id"),
                cipher.decrypt(rs.getString("to_address")), // stored encrypted (MailIntake)
                cipher.decrypt(rs.getString("subject")), array(rs.getArray("import_ids")), array(rs.getArray("notes")),
                rs.getInt("attempts")));
        for (Due r : due) {
            UUID id = r.id();
            try {
                send(r);
                jdbc.update("update intake_mail_reply set status = 'SENT', sent_at = now() where id = ?", id);
            } catch (RuntimeException e) {
                boolean last = r.attempts() >= 5;
                log.warn("Reply {} to {} not sent{}", id, LogSafe.domainOf(String.valueOf(r.to())),
                        last ? "; given up" : "; tried again later", e);
                jdbc.update("update intake_mail_reply set status = ?, error = ? where id = ?",
                        last ? "FAILED" : "PENDING", String.valueOf(e.getMessage()), id);
            }
        }
    }

    /** A reply that is due: claimed (leased) for this instance. */
    private record Due(UUID id, String messageId, String to, String subject, List<Object> imports, List<Object> notes,
                       int attempts) {
    }

    /** One import of a reply, its outcome as the log and the review queue have it. */
    private record ImportLine(UUID id, ImportStatus status, String name, String error, UUID plan, UUID review) {
    }

    private void send(Due r) {
        List<String> text = new ArrayList<>();
        List<String> html = new ArrayList<>();
        List<Object> ids = r.imports();
        List<MailReplyContent.Attachment> attachments = new ArrayList<>();
        int stored = 0;
        int review = 0;
        if (!ids.isEmpty()) {
            List<ImportLine> rows = jdbc.query(ImportLogSql.FIND_BY_IDS,
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray())),
                    (rs, n) -> new ImportLine(rs.getObject("id", UUID.class), ImportStatus.valueOf(rs.getString("status")),
                            rs.getString("source_ref"), rs.getString("error"), rs.getObject("workout_plan_id", UUID.class),
                            rs.getObject("review_id", UUID.class)));
            for (ImportLine m : rows) {
                String importUrl = publicUrl + "/api/v1/imports/" + m.id();
                String line;
                ImportStatus status = m.status();
                switch (status) {
                    case STORED -> {
                        stored++;
                        line = "stored as workout plan " + m.plan() + " (" + publicUrl + "/api/v1/workout-plans/" + m.plan() + ")";
                    }
                    case NEEDS_REVIEW -> {
                        review++;
                        line = "waits for review (" + m.error() + "): a reviewer decides it on " + publicUrl
                                + "/review/ (review item " + m.review() + ", " + publicUrl + "/api/v1/reviews/"
                                + m.review() + "); its progress: " + importUrl;
                    }
                    case REJECTED -> line = "not stored: " + m.error();
                    default -> line = "failed: " + m.error() + " — see " + importUrl;
                }
                UUID importId = m.id();
                UUID planId = m.plan();
                List<String> read = content.readLines(importId, status, planId);
                if (status == ImportStatus.STORED && planId != null) {
                    List<MailReplyContent.Attachment> files = content.attachments(planId);
                    attachments.addAll(files);
                    if (!files.isEmpty()) {
                        read.add("Attached: " + String.join(" and ", files.stream().map(MailReplyContent.Attachment::name).toList())
                                + " (Liftosaur; Strong, Hevy or a spreadsheet).");
                    }
                }
                text.add("- " + m.name() + ": " + line);
                read.forEach(l -> text.add("    " + l));
                html.add("<li><b>" + HtmlUtils.htmlEscape(String.valueOf(m.name())) + "</b>: "
                        + HtmlUtils.htmlEscape(line) + (read.isEmpty() ? "" : "<pre>"
                        + HtmlUtils.htmlEscape(String.join("\n", read)) + "</pre>") + "</li>");
            }
        }
        for (Object n : r.notes()) {
            text.add("- " + n);
            html.add("<li>" + HtmlUtils.htmlEscape(String.valueOf(n)) + "</li>");
        }
        String summary = "Read " + ids.size() + " plan(s) from your mail: " + stored + " stored, " + review + " waiting for review.";
        String plain = "Hello,\n\n" + summary + "\n\n" + String.join("\n", text) + "\n\n-- Workout Plan Parser\n";
        String body = "<html><body><p>Hello,</p><p>" + HtmlUtils.htmlEscape(summary) + "</p><ul>" + String.join("", html)
                + "</ul><p>-- Workout Plan Parser</p></body></html>";
        Map<String, Object> headers = new HashMap<>();
        headers.put("To", r.to());
        headers.put("Subject", r.subject());
        headers.put("In-Reply-To", r.messageId());
        headers.put("References", r.messageId());
        headers.put("Content-Type", "text/html; charset=UTF-8");
        headers.put(MailConstants.MAIL_ALTERNATIVE_BODY, plain);
        var sent = producer().send(smtpUri, exchange -> {
            exchange.getIn().setBody(body);
            exchange.getIn().setHeaders(headers);
            AttachmentMessage mail = exchange.getIn(AttachmentMessage.class);
            for (MailReplyContent.Attachment a : attachments) {
                mail.addAttachment(a.name(), new DataHandler(new ByteArrayDataSource(a.bytes(), a.contentType())));
            }
        });
        if (sent.getException() != null) {
            throw new IllegalStateException("the SMTP server did not take the reply", sent.getException());
        }
    }

    private static List<Object> array(Array a) throws java.sql.SQLException {
        return a == null ? List.of() : new ArrayList<>(List.of((Object[]) a.getArray()));
    }

    private ProducerTemplate producer() {
        if (producer == null) {
            producer = camel.createProducerTemplate();
        }
        return producer;
    }
}
