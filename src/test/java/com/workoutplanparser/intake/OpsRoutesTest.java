package com.workoutplanparser.intake;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.user.ApiTokens;
import com.workoutplanparser.user.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** routes/*.yaml dropped into the running service's routes folder, using the shipped examples. */
class OpsRoutesTest extends IntakeTestBase {

    private static final String COACH = "coach@partner-gym.test";

    @Autowired
    UserStore users;

    @Autowired
    OpsRoutes opsRoutes;

    private String partnerRoute(String id, Path folder) throws Exception {
        return Files.readString(Path.of("routes/examples/partner-gym-folder.yaml"))
                .replace("id: partner-gym-folder", "id: " + id)
                .replace("{{PARTNER_GYM_DIR:partner-gym-inbox}}", folder.toString())
                .replace("{{PARTNER_GYM_USER:coach@partner-gym.example}}", COACH);
    }

    private boolean running(String routeId) {
        return camel.getRoute(routeId) != null
                && camel.getRouteController().getRouteStatus(routeId).isStarted();
    }

    private void awaitImported(String name) {
        await(name + " imported", Duration.ofSeconds(30),
                () -> count("select count(*) from workout_import_log where source_ref = ?", name) == 1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> broken() {
        return (Map<String, Object>) opsRoutes.status().get("broken");
    }

    @Test
    void aRouteDroppedInStartsConsumingABrokenOneIsReportedAndTheOthersKeepRunning() throws Exception {
        if (users.findByEmail(COACH).isEmpty()) {
            users.create(COACH, "Partner gym", "user", ApiTokens.hash("coach-token"));
        }
        String u = UUID.randomUUID().toString().substring(0, 8);
        String id = "partner-" + u;
        Path partner = ROOT.resolve("partner-" + u);
        Files.writeString(ROUTES.resolve(id + ".yaml"), partnerRoute(id, partner));
        await("route " + id + " running", Duration.ofSeconds(20), () -> running(id));

        Files.writeString(partner.resolve(u + "-a.txt"), "Bench Press: 3x8 " + u);
        awaitImported(u + "-a.txt");
        Map<String, Object> row = jdbc.queryForMap("select l.source, u.email from workout_import_log l "
                + "join app_user u on u.id = l.user_id where l.source_ref = ?", u + "-a.txt");
        assertThat(row).containsEntry("source", "partner-gym").containsEntry("email", COACH);
        await("moved to .done", Duration.ofSeconds(20),
                () -> Files.exists(partner.resolve(".done").resolve(LocalDate.now().toString()).resolve(u + "-a.txt")));

        // broken files: invalid YAML, an unknown component, a built-in route's id
        Files.writeString(ROUTES.resolve("bad-yaml-" + u + ".yaml"), "- route:\n    id: [oops\n  from: {");
        Files.writeString(ROUTES.resolve("bad-uri-" + u + ".yaml"),
                "- route:\n    id: bad-uri-" + u + "\n    from:\n      uri: \"nosuchcomponent:x\"\n      steps:\n        - to: direct:intake\n");
        Files.writeString(ROUTES.resolve("bad-id-" + u + ".yaml"),
                "- route:\n    id: intake-folder\n    from:\n      uri: \"timer:x?period=100000\"\n      steps:\n        - log: hi\n");
        await("three broken files reported", Duration.ofSeconds(20), () -> broken().keySet().containsAll(
                java.util.List.of("bad-yaml-" + u + ".yaml", "bad-uri-" + u + ".yaml", "bad-id-" + u + ".yaml")));
        assertThat(String.valueOf(broken().get("bad-uri-" + u + ".yaml"))).contains("nosuchcomponent");
        assertThat(camel.getRoute("bad-uri-" + u)).isNull();
        for (String builtIn : new String[]{"intake", "intake-folder", "intake-mail", "import-queue", "process-import",
                "intake-rest", id}) {
            assertThat(running(builtIn)).as(builtIn + " still running").isTrue();
        }
        ApiClient.Response health = api.get("/actuator/health");
        assertThat(health.body()).contains("bad-uri-" + u + ".yaml");

        Files.writeString(partner.resolve(u + "-b.txt"), "Squat: 5x5 " + u);
        awaitImported(u + "-b.txt");

        // changed into a broken version: reported, and the previous version keeps running
        Files.writeString(ROUTES.resolve(id + ".yaml"), partnerRoute(id, partner) + "\n  - oops: [\n");
        await("changed file reported", Duration.ofSeconds(20), () -> broken().containsKey(id + ".yaml"));
        assertThat(running(id)).isTrue();
        Files.writeString(partner.resolve(u + "-c.txt"), "Deadlift: 1x5 " + u);
        awaitImported(u + "-c.txt");

        // removed: its route stops and goes; the broken ones are forgotten
        for (String f : new String[]{id, "bad-yaml-" + u, "bad-uri-" + u, "bad-id-" + u}) {
            Files.delete(ROUTES.resolve(f + ".yaml"));
        }
        await("route removed", Duration.ofSeconds(20), () -> camel.getRoute(id) == null && broken().isEmpty());
        assertThat(running("intake-folder")).isTrue();
    }

    @Test
    void theWebhookExampleAcceptsJsonFromAFormServiceUnderItsOwnOwner() throws Exception {
        if (users.findByEmail(COACH).isEmpty()) {
            users.create(COACH, "Partner gym", "user", ApiTokens.hash("coach-token"));
        }
        String u = UUID.randomUUID().toString().substring(0, 8);
        String example = Files.readString(Path.of("routes/examples/form-webhook.yaml"));
        // no secret, no owner: the example refuses to start instead of falling back to a default
        Files.writeString(ROUTES.resolve("form-webhook.yaml"), example);
        await("reported broken without its variables", Duration.ofSeconds(20), () -> broken().containsKey("form-webhook.yaml"));
        assertThat(String.valueOf(broken().get("form-webhook.yaml"))).contains("FORM_HOOK_TOKEN");
        assertThat(running("plan-form-webhook")).isFalse();

        Files.writeString(ROUTES.resolve("form-webhook.yaml"), example
                .replace("{{FORM_HOOK_TOKEN}}", "hook-secret-0123456789").replace("{{FORM_HOOK_OWNER}}", COACH));
        await("webhook running", Duration.ofSeconds(20), () -> running("plan-form-webhook"));
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            String json = "{\"email\": \"someone-else@example.com\", \"plan\": \"Bench Press: 3x8\\nSquat: 5x5 " + u + "\"}";
            java.util.function.Function<String[], java.net.http.HttpResponse<String>> post = headers -> {
                try {
                    var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/hooks/plan-form"))
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json));
                    for (int i = 0; i < headers.length; i += 2) {
                        b.header(headers[i], headers[i + 1]);
                    }
                    return client.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            };
            assertThat(post.apply(new String[0]).statusCode()).isEqualTo(401);
            assertThat(post.apply(new String[]{"X-Hook-Token", "wrong-secret-0123456789"}).statusCode()).isEqualTo(401);
            var accepted = post.apply(new String[]{"X-Hook-Token", "hook-secret-0123456789",
                    "workoutUserId", UUID.randomUUID().toString(), "workoutUserEmail", "admin@localhost", "workoutSource", "forged"});
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String importId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(accepted.body()).get("importId").asText();
            await("parsed", Duration.ofSeconds(30), () -> count("select count(*) from workout_import_log where id = ?::uuid "
                    + "and status = 'STORED' and source = 'plan-form'", importId) == 1);
            assertThat(jdbc.queryForObject("select u.email from workout_import_log l join app_user u on u.id = l.user_id"
                    + " where l.id = ?::uuid", String.class, importId)).as("owner from the route's mapping only").isEqualTo(COACH);
        } finally {
            Files.delete(ROUTES.resolve("form-webhook.yaml"));
        }
    }

    @Test
    void anOpsRouteCannotShadowABuiltInPathOrEndpointAndRemovingItLeavesTheBuiltInWorking() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String shadow = "shadow-" + u + ".yaml";
        Files.writeString(ROUTES.resolve(shadow), "- route:\n    id: shadow-" + u + "\n    from:\n"
                + "      uri: \"platform-http:/api/v1/users/me\"\n      steps:\n        - setBody:\n"
                + "            constant: stolen\n");
        String consumer = "consumer-" + u + ".yaml";
        Files.writeString(ROUTES.resolve(consumer), "- route:\n    id: consumer-" + u + "\n    from:\n"
                + "      uri: \"direct:intake\"\n      steps:\n        - log: stolen\n");
        // the folder Kamelet on the built-in inbox's own folder: two consumers of one folder under two owners
        String inboxTwin = "inbox-twin-" + u + ".yaml";
        Files.writeString(ROUTES.resolve(inboxTwin), "- route:\n    id: inbox-twin-" + u + "\n    from:\n"
                + "      uri: \"kamelet:workout-folder-source\"\n      parameters:\n        folder: \""
                + camel.resolvePropertyPlaceholders("{{workout.intake.folder.path}}") + "\"\n"
                + "        owner: " + COACH + "\n      steps:\n        - to: direct:intake-file\n");
        // the mailbox Kamelet on the built-in mailbox (another login on the same server is allowed: MailIntakeTest)
        String mailboxTwin = "mailbox-twin-" + u + ".yaml";
        Files.writeString(ROUTES.resolve(mailboxTwin), "- route:\n    id: mailbox-twin-" + u + "\n    from:\n"
                + "      uri: \"kamelet:workout-mailbox-source\"\n      parameters:\n        host: 127.0.0.1\n"
                + "        port: " + MAIL.getImap().getPort() + "\n        protocol: imap\n"
                + "        username: \"PLANS@gym.test\"\n        password: secret\n      steps:\n"
                + "        - to: direct:intake-mail\n");
        String rest = "rest-" + u + ".yaml";
        Files.writeString(ROUTES.resolve(rest), "- rest:\n    path: /api/v1\n    get:\n      - path: /users/me\n"
                + "        to: direct:nowhere\n");
        await("five refused files reported", Duration.ofSeconds(20),
                () -> broken().keySet().containsAll(java.util.List.of(shadow, consumer, inboxTwin, mailboxTwin, rest)));
        assertThat(String.valueOf(broken().get(inboxTwin))).contains("is consumed by the built-in route 'intake-folder'");
        assertThat(String.valueOf(broken().get(mailboxTwin))).contains("The mailbox plans@gym.test on 127.0.0.1")
                .contains("is consumed by the built-in route 'intake-mail'").doesNotContain("secret");
        assertThat(String.valueOf(broken().get(shadow))).contains("/api/v1/users/me").contains("belongs to the service");
        assertThat(String.valueOf(broken().get(consumer))).contains("built-in route 'intake'");
        assertThat(camel.getRoute("shadow-" + u)).isNull();
        ApiClient.Response me = api.get("/api/v1/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).doesNotContain("stolen").contains("\"role\"");

        for (String f : new String[]{shadow, consumer, inboxTwin, mailboxTwin, rest}) {
            Files.delete(ROUTES.resolve(f));
        }
        await("refused files forgotten", Duration.ofSeconds(20), () -> !broken().containsKey(shadow));
        assertThat(api.get("/api/v1/users/me").status()).as("built-in still answers after removal").isEqualTo(200);
        assertThat(running("intake")).isTrue();
    }
}
