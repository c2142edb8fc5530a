package com.workoutplanparser.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.support.RawHttp;
import com.workoutplanparser.support.TcpProxy;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a few requests and comes back. The service runs against its own PostgreSQL behind
 * a TCP proxy the test cuts (stopping the shared embedded database would break the other test classes), with the
 * production connection timeout. While it is down every API answer is a quick 503 with Retry-After and a JSON
 * error, health is DOWN, a file dropped into the inbox stays there and a mail stays in the mailbox; once it is
 * back, every import that was acknowledged before reaches a final status and the file and the mail are imported.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // its own database and inbox: not reused
class DatabaseOutageTest extends AppTestBase {

    private static final String PARSE = "/api/v1/workout-plans/parse";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FINAL = List.of("STORED", "NEEDS_REVIEW", "REJECTED", "FAILED");
    private static final TcpProxy PROXY;
    private static final Path INBOX;
    private static final GreenMail MAIL;
    private static final String MAILBOX = "plans@outage.test";
    private static final String ATHLETE = "athlete@outage.test";

    static {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setCleanDataDirectory(true).start(); // closed at JVM exit
            PROXY = new TcpProxy(pg.getPort());
            INBOX = Files.createTempDirectory("outage-inbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MAIL = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        MAIL.start();
        MAIL.setUser(MAILBOX, MAILBOX, "secret");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("workout.intake.folder.path", INBOX::toString);
        registry.add("workout.mail.imap.host", () -> "127.0.0.1");
        registry.add("workout.mail.imap.port", () -> MAIL.getImap().getPort());
        registry.add("workout.mail.imap.protocol", () -> "imap");
        registry.add("workout.mail.username", () -> MAILBOX);
        registry.add("workout.mail.password", () -> "secret");
        registry.add("workout.mail.poll-ms", () -> 300);
        // a claim cut off by the outage is taken again soon after (production: 300 s)
        registry.add("workout.queue.lease-seconds", () -> "5");
    }

    @Test
    void whileTheDatabaseIsDownAnswersAre503WithRetryAfterAndNothingAcknowledgedIsLost() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApiClient.Response r = api.postText(PARSE + "?async=true", "Squat: 5x" + (i % 5 + 1) + "\nBench Press: 3x8");
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            acknowledged.add(r.json().get("importId").asText());
        }
        String file = "outage-" + UUID.randomUUID() + ".txt";
        String mailed = "Overhead Press: 5x5 mailed " + UUID.randomUUID().toString().substring(0, 8);
        if (jdbc.queryForList("select id from app_user where email = ?", ATHLETE).isEmpty()) {
            assertThat(api.postJson("/api/v1/users", "{\"email\": \"" + ATHLETE + "\", \"displayName\": \"Athlete\"}")
                    .status()).isEqualTo(201);
        }

        PROXY.cut();
        try {
            RawHttp http = new RawHttp(port);
            Map<String, String> auth = Map.of("Authorization", "Bearer " + ADMIN_TOKEN);
            byte[] plan = "Deadlift: 1x5".getBytes(StandardCharsets.UTF_8);
            List<HttpResponse<String>> answers = new ArrayList<>();
            List<Long> millis = new ArrayList<>();
            for (String[] call : List.of(new String[]{"POST", PARSE}, new String[]{"POST", PARSE + "?async=true"},
                    new String[]{"GET", "/api/v1/imports/" + acknowledged.get(0)}, new String[]{"GET", "/api/v1/users/me"},
                    new String[]{"POST", PARSE + "/batch"})) {
                long start = System.nanoTime();
                byte[] body = call[1].endsWith("batch") ? "{\"texts\": [\"Squat: 5x5\"]}".getBytes(StandardCharsets.UTF_8)
                        : call[0].equals("POST") ? plan : null;
                String type = call[1].endsWith("batch") ? "application/json" : call[0].equals("POST") ? "text/plain" : null;
                answers.add(http.send(call[0], call[1], auth, type, body));
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            for (HttpResponse<String> r : answers) {
                assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).as(r.uri().toString()).isPresent();
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                assertThat(MAPPER.readTree(r.body()).get("error").asText()).isEqualTo("database_unavailable");
            }
            // Hikari's connection-timeout (1.5 s) bounds the wait, where it used to be 30 s. The figures are printed for
            // the record; the assertion only tells a fail-fast refusal from the old 30 s wait, so that a loaded CI
            // machine cannot turn it into a timing flake.
            System.out.println("database down: milliseconds to each 503 " + millis);
            assertThat(millis).as("milliseconds to each 503").allMatch(ms -> ms < 15_000);
            HttpResponse<String> health = http.send("GET", "/actuator/health", Map.of(), null, null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");

            Files.writeString(INBOX.resolve(file), "Deadlift: 1x5\nSquat: 3x3\n");
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
            mail.setFrom(ATHLETE);
            mail.setRecipients(Message.RecipientType.TO, MAILBOX);
            mail.setSubject("My plan");
            mail.setText(mailed + "\n");
            MAIL.getUserManager().getUser(MAILBOX).deliver(mail);
            // a few polls of the folder (every 200 ms in tests) happen while the database is down: nothing moves
            Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).untilAsserted(() -> {
                assertThat(INBOX.resolve(file)).exists();
                assertThat(INBOX.resolve(".failed").resolve(file)).doesNotExist();
                assertThat(folderCount("Failed")).as("mails moved to the error folder").isZero();
            });
        } finally {
            PROXY.restore();
        }

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            for (String id : acknowledged) {
                assertThat(jdbc.queryForObject("select status from workout_import_log where id = ?::uuid", String.class, id))
                        .as("import " + id).isIn(FINAL);
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                assertThat(jdbc.queryForList("select status from workout_import_log where source = 'file' and source_ref = ?",
                        String.class, file)).singleElement().isIn(FINAL));
        assertThat(INBOX.resolve(".failed").resolve(file)).doesNotExist();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                assertThat(importsWhoseText(t -> t.contains(mailed)).stream().filter(r -> "email".equals(r.get("source")))
                        .map(r -> r.get("status"))).singleElement().isIn(FINAL));
        assertThat(folderCount("Failed")).as("mails moved to the error folder").isZero();
        assertThat(api.get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(api.withToken(null).get("/actuator/health").status()).isEqualTo(200);
    }

    private static int folderCount(String folder) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), MAILBOX, "secret");
        try {
            Folder f = store.getFolder(folder);
            return f.exists() ? f.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }
}
