package com.workoutplanparser.intake;

import com.workoutplanparser.user.ApiTokens;
import com.workoutplanparser.user.UserStore;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Mails through a real SMTP and IMAP server (GreenMail) into the running service, and its replies back. */
class MailIntakeTest extends IntakeTestBase {

    private static final String ATHLETE = "athlete@gym.test";

    @Autowired
    UserStore users;

    private final Session session = Session.getInstance(smtp());

    private static Properties smtp() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
        return p;
    }

    @BeforeEach
    void athlete() {
        if (users.findByEmail(ATHLETE).isEmpty()) {
            users.create(ATHLETE, "Athlete", "user", ApiTokens.hash("athlete-token"));
        }
    }

    private MimeMessage mail(String from, String subject) throws Exception {
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                if (getHeader("Message-ID") == null) { // Transport.send saves again: keep the id the test knows
                    super.updateMessageID();
                }
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, "plans@gym.test");
        m.setSubject(subject);
        return m;
    }

    private String send(MimeMessage m) throws Exception {
        m.saveChanges();
        String id = m.getMessageID();
        Transport.send(m, m.getAllRecipients(), "plans@gym.test", "secret");
        return id;
    }

    private static MimeBodyPart attachment(String name, byte[] bytes, String type) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private List<Map<String, Object>> imports(String messageId) {
        return jdbc.queryForList("select id, status, raw_text, source, source_ref, error from workout_import_log "
                + "where parent_ref = ? order by source_ref", messageId);
    }

    private MimeMessage awaitReply(String to, String subject) {
        MimeMessage[] found = new MimeMessage[1];
        await("reply to " + to + " '" + subject + "'", Duration.ofSeconds(40), () -> {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                try {
                    if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(to))
                            && subject.equals(m.getSubject())) {
                        found[0] = m;
                        return true;
                    }
                } catch (Exception e) {
                    return false;
                }
            }
            return false;
        });
        return found[0];
    }

    private static String part(MimeMessage m, String type) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String found = find(mp.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return m.isMimeType(type) ? content.toString() : null;
    }

    private static String find(jakarta.mail.Part p, String type) throws Exception {
        if (p.isMimeType(type)) {
            return p.getContent().toString();
        }
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String f = find(mp.getBodyPart(i), type);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private int folderCount(String folder) throws Exception {
        return folderCount("plans@gym.test", folder);
    }

    private int folderCount(String mailbox, String folder) throws Exception {
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), mailbox, "secret");
        try {
            Folder f = store.getFolder(folder);
            return f.exists() ? f.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }

    private void awaitFinal(String messageId, int n) {
        await(n + " imports of " + messageId + " parsed", Duration.ofSeconds(40), () -> count(
                "select count(*) from workout_import_log where parent_ref = ? and status not in ('RECEIVED', 'PROCESSING')",
                messageId) == n);
    }

    @Test
    void aPlainTextMailIsImportedAndAnsweredInTextAndHtml() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        MimeMessage m = mail(ATHLETE, "My plan " + u);
        m.setText("Bench Press: 3x8\nSquat: 5x5\n", "UTF-8");
        String id = send(m);

        awaitFinal(id, 1);
        Map<String, Object> row = imports(id).get(0);
        assertThat(row.get("source")).isEqualTo("email");
        assertThat(row.get("status")).isEqualTo("STORED");
        assertThat(plain(row.get("raw_text"))).contains("Bench Press: 3x8");

        MimeMessage reply = awaitReply(ATHLETE, "Re: My plan " + u);
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(id);
        assertThat(part(reply, "text/plain")).contains("1 stored").contains("message text: stored as workout plan");
        assertThat(part(reply, "text/html")).contains("<li><b>message text</b>");
        await("mail moved to Processed", Duration.ofSeconds(20), () -> {
            try {
                return folderCount("Processed") >= 1;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void anHtmlOnlyMailIsReadAsText() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        MimeMessage m = mail(ATHLETE, "HTML plan " + u);
        m.setContent("<html><body><p>Bench Press: 3x8</p><p>Deadlift: 1x5 <b>" + u + "</b></p></body></html>",
                "text/html; charset=UTF-8");
        String id = send(m);
        awaitFinal(id, 1);
        assertThat(plain(imports(id).get(0).get("raw_text"))).isEqualTo("Bench Press: 3x8\nDeadlift: 1x5 " + u);
        awaitReply(ATHLETE, "Re: HTML plan " + u);
    }

    @Test
    void eachSupportedAttachmentIsItsOwnImportLinkedToTheMail() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        MimeMessage m = mail(ATHLETE, "Attachments " + u);
        MimeMultipart mp = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Squat: 5x5 body " + u, "UTF-8");
        mp.addBodyPart(text);
        mp.addBodyPart(attachment("a.txt", ("Bench Press: 3x8 txt " + u).getBytes(StandardCharsets.UTF_8), "text/plain"));
        mp.addBodyPart(attachment("b.pdf", TestDocuments.pdf("Bench Press: 3x8 pdf " + u), "application/pdf"));
        mp.addBodyPart(attachment("c.docx", TestDocuments.docx("Bench Press: 3x8 docx " + u),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        mp.addBodyPart(attachment("d.csv", ("Bench Press: 3x8 csv " + u).getBytes(StandardCharsets.UTF_8), "text/csv"));
        mp.addBodyPart(attachment("e.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "image/png"));
        m.setContent(mp);
        String id = send(m);

        awaitFinal(id, 5);
        List<Map<String, Object>> rows = imports(id);
        assertThat(rows).extracting(r -> r.get("source_ref"))
                .containsExactly("a.txt", "b.pdf", "c.docx", "d.csv", "message text");
        assertThat(rows).allSatisfy(r -> assertThat(plain(r.get("raw_text"))).contains(u));
        String reply = part(awaitReply(ATHLETE, "Re: Attachments " + u), "text/plain");
        assertThat(reply).contains("Read 5 plan(s)").contains("e.png: not read");
    }

    @Test
    void anUnknownSenderIsRejectedWithAReply() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        MimeMessage m = mail("stranger@elsewhere.test", "Plan " + u);
        m.setText("Bench Press: 3x8 " + u, "UTF-8");
        String id = send(m);
        String reply = part(awaitReply("stranger@elsewhere.test", "Re: Plan " + u), "text/plain");
        assertThat(reply).contains("belongs to no user");
        assertThat(imports(id)).isEmpty();
    }

    @Test
    void aMailWithNothingReadableIsAnsweredAndMovedToTheErrorFolder() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        int before = folderCount("Failed");
        MimeMessage m = mail(ATHLETE, "Photo " + u);
        MimeMultipart mp = new MimeMultipart();
        mp.addBodyPart(attachment("plan.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "image/png"));
        m.setContent(mp);
        String id = send(m);
        String reply = part(awaitReply(ATHLETE, "Re: Photo " + u), "text/plain");
        assertThat(reply).contains("Nothing readable").contains("plan.png: not read");
        assertThat(imports(id)).isEmpty();
        await("mail in Failed", Duration.ofSeconds(20), () -> {
            try {
                return folderCount("Failed") > before;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aMailThatFailsIsMovedToTheErrorFolderWithItsReasonAndNotRetriedForever() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        int before = folderCount("Failed");
        MimeMessage m = new MimeMessage(session);
        m.setHeader("From", "\"broken <<<@@@ " + u); // cannot be parsed: reading the sender fails
        m.setRecipients(Message.RecipientType.TO, "plans@gym.test");
        m.setSubject("Broken " + u);
        m.setText("Bench Press: 3x8 " + u, "UTF-8");
        m.saveChanges();
        String id = m.getMessageID();
        MAIL.getUserManager().getUser("plans@gym.test").deliver(m);

        await("failure recorded", Duration.ofSeconds(30),
                () -> count("select count(*) from intake_failure where source_ref = ?", id) == 1);
        await("mail in Failed", Duration.ofSeconds(20), () -> {
            try {
                return folderCount("Failed") == before + 1;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(jdbc.queryForObject("select reason from intake_failure where source_ref = ?", String.class, id))
                .contains("moved to the folder Failed").contains("Failed to load IMAP envelope");
        // several more polls (every 200 ms in tests): it is not taken again
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(count("select count(*) from intake_failure where source_ref = ?", id)).isEqualTo(1));
        assertThat(importsWhoseText(t -> t.contains(u))).isEmpty();
    }

    @Test
    void theSecondMailboxExampleReadsItsMailboxThroughTheKameletUnderItsOwner() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String mailbox = "coaches-" + u + "@gym.test";
        String owner = "coach-owner-" + u + "@gym.test";
        MAIL.setUser(mailbox, mailbox, "secret");
        users.create(owner, "Coaches", "user", ApiTokens.hash("coaches-token-" + u));
        String id = "coaches-mailbox-" + u;
        String route = java.nio.file.Files.readString(java.nio.file.Path.of("routes/examples/second-mailbox.yaml"))
                .replace("id: coaches-mailbox", "id: " + id)
                .replace("{{COACH_IMAP_HOST:imap.example.com}}", "127.0.0.1")
                .replace("{{COACH_MAIL_USERNAME:coaches@example.com}}", mailbox)
                .replace("{{COACH_MAIL_PASSWORD:change-me}}", "secret")
                .replace("{{COACH_MAIL_OWNER:}}", owner)
                .replace("delay: 30000", "delay: 300\n        port: " + MAIL.getImap().getPort()
                        + "\n        protocol: imap\n        errorFolder: CoachesFailed");
        java.nio.file.Path file = ROUTES.resolve(id + ".yaml");
        java.nio.file.Files.writeString(file, route);
        try {
            await("route " + id + " running", Duration.ofSeconds(20), () -> camel.getRoute(id) != null
                    && camel.getRouteController().getRouteStatus(id).isStarted());

            // a sender who is no user: the plan is the mailbox owner's
            MimeMessage m = mail("stranger-" + u + "@elsewhere.test", "Coach plan " + u);
            m.setRecipients(Message.RecipientType.TO, mailbox);
            m.setText("Bench Press: 3x8 " + u, "UTF-8");
            m.saveChanges();
            String messageId = m.getMessageID();
            MAIL.getUserManager().getUser(mailbox).deliver(m);
            awaitFinal(messageId, 1);
            assertThat(jdbc.queryForObject("select u.email from workout_import_log l join app_user u on u.id = l.user_id"
                    + " where l.parent_ref = ?", String.class, messageId)).isEqualTo(owner);
            await("mail moved to the mailbox's Processed", Duration.ofSeconds(20), () -> {
                try {
                    return folderCount(mailbox, "Processed") == 1;
                } catch (Exception e) {
                    return false;
                }
            });

            // a mail that cannot be read goes to this mailbox's own error folder, with the reason
            MimeMessage broken = new MimeMessage(session);
            broken.setHeader("From", "\"broken <<<@@@ " + u);
            broken.setRecipients(Message.RecipientType.TO, mailbox);
            broken.setSubject("Broken " + u);
            broken.setText("Squat: 5x5 " + u, "UTF-8");
            broken.saveChanges();
            String brokenId = broken.getMessageID();
            MAIL.getUserManager().getUser(mailbox).deliver(broken);
            await("failure recorded", Duration.ofSeconds(30),
                    () -> count("select count(*) from intake_failure where source_ref = ?", brokenId) == 1);
            assertThat(jdbc.queryForObject("select reason from intake_failure where source_ref = ?", String.class, brokenId))
                    .contains("moved to the folder CoachesFailed").contains("Failed to load IMAP envelope");
            await("mail in CoachesFailed", Duration.ofSeconds(20), () -> {
                try {
                    return folderCount(mailbox, "CoachesFailed") == 1;
                } catch (Exception e) {
                    return false;
                }
            });
            // several more polls: neither mail is taken again
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(count("select count(*) from workout_import_log where parent_ref = ?", messageId)).isEqualTo(1);
                assertThat(count("select count(*) from intake_failure where source_ref = ?", brokenId)).isEqualTo(1);
            });
        } finally {
            java.nio.file.Files.delete(file);
        }
        await("route removed", Duration.ofSeconds(20), () -> camel.getRoute(id) == null);
    }
}
