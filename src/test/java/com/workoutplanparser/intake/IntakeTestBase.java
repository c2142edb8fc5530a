package com.workoutplanparser.intake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.workoutplanparser.support.AppTestBase;
import org.awaitility.Awaitility;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * One running service for the intake tests: its inbox and routes folder in a fresh temporary directory and its
 * mailbox on a real GreenMail SMTP + IMAP server (dynamic ports), shared by every test class that extends this.
 */
public abstract class IntakeTestBase extends AppTestBase {

    public static final Path ROOT;
    protected static final Path INBOX;
    protected static final Path ROUTES;
    public static final GreenMail MAIL;

    static {
        try {
            ROOT = Files.createTempDirectory("intake-test");
            INBOX = ROOT.resolve("inbox");
            ROUTES = ROOT.resolve("routes");
            Files.createDirectories(ROUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MAIL = new GreenMail(new com.icegreen.greenmail.util.ServerSetup[]{
                ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        MAIL.start();
        MAIL.setUser("plans@gym.test", "plans@gym.test", "secret");
    }

    @DynamicPropertySource
    static void intakeProperties(DynamicPropertyRegistry registry) {
        registerIntake(registry, INBOX, ROUTES, "plans@gym.test");
    }

    /**
     * A context's folder, routes folder and mailbox on the shared GreenMail server. Every differently configured
     * context needs its own: cached contexts keep polling, and two on one folder or mailbox take each other's work.
     */
    public static void registerIntake(DynamicPropertyRegistry registry, Path inbox, Path routes, String mailbox) {
        MAIL.setUser(mailbox, mailbox, "secret");
        registry.add("workout.intake.folder.path", inbox::toString);
        registry.add("workout.routes.dir", routes::toString);
        registry.add("workout.mail.imap.host", () -> "127.0.0.1");
        registry.add("workout.mail.imap.port", () -> MAIL.getImap().getPort());
        registry.add("workout.mail.imap.protocol", () -> "imap");
        registry.add("workout.mail.username", () -> mailbox);
        registry.add("workout.mail.password", () -> "secret");
        registry.add("workout.mail.smtp.host", () -> "127.0.0.1");
        registry.add("workout.mail.smtp.port", () -> MAIL.getSmtp().getPort());
        registry.add("workout.mail.from", () -> mailbox);
        registry.add("workout.mail.poll-ms", () -> 300);
        registry.add("workout.mail.reply-poll-ms", () -> 300);
    }

    /** Waits, polling every 100 ms, until {@code condition} holds; fails naming {@code what} after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    protected long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
