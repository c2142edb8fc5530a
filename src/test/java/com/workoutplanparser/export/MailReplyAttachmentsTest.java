package com.workoutplanparser.export;

import com.workoutplanparser.intake.IntakeTestBase;
import com.workoutplanparser.user.ApiTokens;
import com.workoutplanparser.user.UserStore;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan mailed to the service's mailbox (GreenMail, real SMTP and IMAP) is answered with what was read, exercise
 * by exercise, and with the stored plan attached as Liftoscript and as CSV, both of which read back.
 */
class MailReplyAttachmentsTest extends IntakeTestBase {

    private static final String COACH = "coach-attachments@gym.test";

    @Autowired
    UserStore users;

    @Test
    void theReplyListsTheExercisesAndAttachesTheStoredPlan() throws Exception {
        if (users.findByEmail(COACH).isEmpty()) {
            users.create(COACH, "Coach", "user", ApiTokens.hash("coach-attachments-token"));
        }
        String subject = "Week plan " + UUID.randomUUID().toString().substring(0, 8);
        Session session = Session.getInstance(smtp());
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(COACH));
        m.setRecipients(Message.RecipientType.TO, "plans@gym.test");
        m.setSubject(subject);
        m.setText("Day 1: Upper\nBench Press: 3x8 @ 80kg\nBarbell Row: 3x10\n\nDay 2: Lower\nSquat: 5x5\n", "UTF-8");
        m.saveChanges();
        Transport.send(m, m.getAllRecipients(), "plans@gym.test", "secret");

        MimeMessage reply = awaitReply("Re: " + subject);
        Map<String, String> parts = new LinkedHashMap<>();
        collect(reply, parts);
        String body = parts.get("body:text/plain");
        assertThat(body).contains("1 stored")
                .contains("Day 1: Upper:").contains("Bench Press 3 x 8 @ 80 kg").contains("3 x 10")
                .contains("Day 2: Lower:").contains("5 x 5").doesNotContain("Read by");

        String liftoscript = parts.entrySet().stream().filter(e -> e.getKey().endsWith(".liftoscript"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        String csv = parts.entrySet().stream().filter(e -> e.getKey().endsWith(".csv"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        assertThat(liftoscript).as("Liftoscript attachment in " + parts.keySet())
                .startsWith("# Week 1").contains("## Day 1: Upper").contains("Bench Press / 3x8 / 80kg");
        assertThat(csv).as("CSV attachment in " + parts.keySet()).startsWith(StrongCsvExport.HEADER)
                .contains("\"Barbell Bench Press\",1,80,kg,8").contains("\"Day 2: Lower\"");

        // what the sender gets can be sent back: the attachments parse to the same plan
        for (String attachment : new String[]{liftoscript, csv}) {
            var again = api.postJson("/api/v1/workout-plans/parse", com.workoutplanparser.support.ApiClient.jsonText(attachment));
            assertThat(again.json().get("status").asText()).as(again.body()).isEqualTo("STORED");
            assertThat(again.json().get("days")).hasSize(2);
        }
    }

    private static Properties smtp() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
        return p;
    }

    private static MimeMessage awaitReply(String subject) {
        MimeMessage[] found = new MimeMessage[1];
        await("reply '" + subject + "'", Duration.ofSeconds(60), () -> {
            for (MimeMessage r : MAIL.getReceivedMessages()) {
                try {
                    if (subject.equals(r.getSubject())
                            && Arrays.stream(r.getAllRecipients()).anyMatch(a -> a.toString().contains(COACH))) {
                        found[0] = r;
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

    /** Inline parts as "body:<type>" (the first of each type), attachments by file name. */
    private static void collect(Part p, Map<String, String> out) throws Exception {
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) collect(mp.getBodyPart(i), out);
            return;
        }
        if (p.getFileName() != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            p.getDataHandler().writeTo(bytes);
            out.put(p.getFileName(), bytes.toString(StandardCharsets.UTF_8));
        } else {
            String type = p.getContentType().split(";")[0].strip().toLowerCase();
            out.putIfAbsent("body:" + type, p.getContent().toString());
        }
    }
}
