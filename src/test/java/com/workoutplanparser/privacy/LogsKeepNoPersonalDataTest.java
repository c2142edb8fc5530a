package com.workoutplanparser.privacy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.workoutplanparser.support.ApiClient;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: no plan text, mail address or token in the log at the levels the default configuration writes (INFO
 * and up; the test profile's WARN is lifted for the test), error causes included. Distinctive words go through
 * every intake and failure path: REST (ok, async, invalid JSON, not text, too big, a wrong token), the folder (a
 * plan, a PDF and a JSON file that cannot be read), mail (a plan, an unknown sender, a mail with no text part), an LLM error
 * whose provider echoes the text, an internal error of a request and of an import. Then the captured log is
 * searched for each word, address and token.
 */
class LogsKeepNoPersonalDataTest extends PrivacyTestBase {

    private static final String[] WORDS = {"Glimmerwhack", "Snorlaxity", "Brambleflux", "Nettlewisp", "Quillfeather",
            "Mossgrinder", "Tinderplume", "Wobblecrest", "Fennelstorm", "Hushpetal", "Zephyrmoot", "Krakenquill",
            "Ottermint", "Sablecorn"};
    private static final String WRONG_TOKEN = "wpp_NeverLogThisWrongToken0123456789abcdef";
    private static final String STRANGER = "fennel.stranger@elsewhere.test";

    @Autowired
    com.workoutplanparser.web.ApiErrors apiErrors;

    @Autowired
    com.workoutplanparser.pipeline.ImportFailures importFailures;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Logger> raised = new ArrayList<>();
    private final List<Level> levelsBefore = new ArrayList<>();

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        captured.setContext(context);
        captured.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        // the levels of the default configuration (application.yaml sets none below INFO for the service)
        for (String name : new String[]{org.slf4j.Logger.ROOT_LOGGER_NAME, "com.workoutplanparser"}) {
            Logger logger = context.getLogger(name);
            raised.add(logger);
            levelsBefore.add(logger.getLevel());
            logger.setLevel(Level.INFO);
        }
    }

    @AfterEach
    void release() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        for (int i = 0; i < raised.size(); i++) {
            raised.get(i).setLevel(levelsBefore.get(i));
        }
    }

    @Test
    void noWordOfAPlan_noAddressAndNoTokenReachesTheLog_onAnyPath() throws Exception {
        User user = newUser("wobble.athlete");
        String u = UUID.randomUUID().toString().substring(0, 8);
        LoggerFactory.getLogger(getClass()).info("canary CanaryWord{}", u); // the capture itself works

        // REST: parsed now, queued, refused three ways, and a token that is wrong
        ApiClient.Response ok = user.api().postText("/api/v1/workout-plans/parse",
                "Bench Press: 3x8\nGlimmerwhack curls: 3x12\nthe Glimmerwhack note says rest well");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        ApiClient.Response queued = user.api().postText("/api/v1/workout-plans/parse?async=true",
                "Squat: 5x5\nSnorlaxity swings 3x15");
        assertThat(queued.status()).isEqualTo(202);
        assertThat(user.api().postJson("/api/v1/workout-plans/parse", "{\"text\": \"Brambleflux 3x8\", oops")
                .status()).isEqualTo(400);
        assertThat(user.api().postBytes("/api/v1/workout-plans/parse", "text/plain",
                ("Nettlewisp\u0000\u0001\u0002\u0003 3x8").getBytes(StandardCharsets.UTF_8)).status()).isIn(400, 200);
        assertThat(user.api().postText("/api/v1/workout-plans/parse", "Quillfeather squats 3x8\n".repeat(12_000))
                .status()).isEqualTo(413);
        assertThat(api.withToken(WRONG_TOKEN).get("/api/v1/users/me").status()).isEqualTo(401);

        // the folder: a plan, and a "PDF" that is not one
        Files.writeString(PRIVACY_INBOX.resolve("privacy-" + u + ".txt"), "Deadlift: 1x5\nMossgrinder rows 3x10\n");
        Files.writeString(PRIVACY_INBOX.resolve("privacy-" + u + ".pdf"), "not a pdf: Tinderplume 3x8");
        Files.writeString(PRIVACY_INBOX.resolve("privacy-" + u + "-bad.json"), "{\"text\": Sablecorn 3x8}");

        // mail: a plan from the user, one from a stranger, one with no text part
        Session session = Session.getInstance(smtp());
        send(session, mail(session, user.email(), "Plan " + u, "Wobblecrest presses: 3x8\nSquat: 5x5"));
        send(session, mail(session, STRANGER, "Plan from a stranger " + u, "Fennelstorm lunges 3x10"));
        MimeMessage photo = mail(session, user.email(), "Photo " + u, null);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart image = new MimeBodyPart();
        image.setDataHandler(new DataHandler(new ByteArrayDataSource("Hushpetal".getBytes(StandardCharsets.UTF_8),
                "image/png")));
        image.setFileName("plan.png");
        parts.addBodyPart(image);
        photo.setContent(parts);
        send(session, photo);

        // the LLM: the provider fails and echoes the plan in its error
        int sent = SENT_TO_LLM.size();
        ApiClient.Response llmFailed = user.api().postText("/api/v1/workout-plans/parse",
                prose("Zephyrmoot " + FAIL_MARKER));
        assertThat(llmFailed.status()).as(llmFailed.body()).isEqualTo(200);
        assertThat(SENT_TO_LLM.size()).isGreaterThan(sent);

        // internal errors whose messages quote user data: of a request, of an import
        Exchange request = new DefaultExchange(camel);
        request.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("cannot handle Krakenquill 3x8 for "
                + user.email(), new SQLException("ERROR: duplicate key. Detail: Key (text)=(Krakenquill)", "23505")));
        apiErrors.write(request);
        assertThat(request.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(500);
        Exchange work = new DefaultExchange(camel);
        work.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalArgumentException("Unexpected character in Ottermint"));
        importFailures.describe(work);

        await("every import of the user has its outcome", Duration.ofSeconds(60), () -> count("""
                select count(*) from workout_import_log where user_id = ? and status in ('RECEIVED', 'PROCESSING')""",
                user.id()) == 0 && count("select count(*) from workout_import_log where source_ref like ?",
                "privacy-" + u + "%") >= 1);
        // subjects are stored encrypted (docs/privacy.md): compared once decrypted
        await("the mail replies are sent", Duration.ofSeconds(60), () -> jdbc.queryForList(
                "select subject from intake_mail_reply where status = 'SENT'", String.class).stream()
                .filter(subject -> plain(subject).endsWith(u)).count() == 3);
        await("the unreadable file is refused", Duration.ofSeconds(30),
                () -> Files.exists(PRIVACY_INBOX.resolve(".failed").resolve("privacy-" + u + ".pdf"))
                        && Files.exists(PRIVACY_INBOX.resolve(".failed").resolve("privacy-" + u + "-bad.json")));

        // GreenMail is the test's mail server, not the service: its own log lines are not the service's
        List<String> lines = captured.list.stream().filter(e -> !e.getLoggerName().startsWith("com.icegreen"))
                .map(LogsKeepNoPersonalDataTest::render).toList();
        assertThat(lines).anyMatch(l -> l.contains("CanaryWord" + u));
        assertThat(lines).as("the LLM failure was logged").anyMatch(l -> l.contains("LLM"));
        assertThat(lines).as("the mails were logged").anyMatch(l -> l.startsWith("Mail "));
        assertThat(lines).as("the request's internal error was logged").anyMatch(l -> l.contains("IllegalStateException"));
        List<String> secrets = new ArrayList<>(List.of(WORDS));
        secrets.addAll(List.of(user.email(), user.email().substring(0, user.email().indexOf('@')), STRANGER,
                "fennel.stranger", user.token(), WRONG_TOKEN, ADMIN_TOKEN, "sk-local-privacy"));
        for (String secret : secrets) {
            assertThat(lines).as("log lines holding '" + secret + "'").noneMatch(l -> l.contains(secret));
        }
    }

    private static String render(ILoggingEvent e) {
        String text = e.getFormattedMessage() + " " + e.getMDCPropertyMap();
        return e.getThrowableProxy() == null ? text : text + "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy());
    }

    private static Properties smtp() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
        return p;
    }

    private static MimeMessage mail(Session session, String from, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, MAILBOX);
        m.setSubject(subject);
        if (text != null) {
            m.setText(text, "UTF-8");
        }
        return m;
    }

    private static void send(Session session, MimeMessage m) throws Exception {
        m.saveChanges();
        Transport.send(m, m.getAllRecipients(), MAILBOX, "secret");
    }
}
