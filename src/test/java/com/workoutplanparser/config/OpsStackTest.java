package com.workoutplanparser.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.workoutplanparser.support.OpsFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production stack, checked statically (no Docker engine runs here): docker-compose.yml has the services,
 * sets only variables the service reads and mounts files that exist; the Dockerfile runs as a non-root user with a
 * health check and container-sized memory; the alert rules pass promtool (when installed: Debian's prometheus
 * package, which .ci/run installs); the dashboard is valid JSON with a query in every panel.
 */
class OpsStackTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    /** Read by the JVM, not by the service's configuration. */
    private static final Set<String> READ_BY_THE_JVM = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() {
        Map<String, Object> compose = new Yaml().load(ServiceConfiguration.read(COMPOSE));
        return (Map<String, Object>) compose.get("services");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeHasTheWholeStackAndTheServiceGetsOnlyVariablesItReads() {
        Map<String, Object> services = services();
        assertThat(services).containsKeys("db", "app", "ollama", "ollama-pull", "mail", "prometheus", "grafana");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        Set<String> read = ServiceConfiguration.variablesRead();
        Set<String> unknown = new TreeSet<>(environment.keySet());
        unknown.removeAll(read);
        unknown.removeAll(READ_BY_THE_JVM);
        assertThat(unknown).as("app.environment names the service never reads (a typo is silently ignored)").isEmpty();
        assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "LLM_BASE_URL", "MAIL_IMAP_HOST", "MAIL_SMTP_HOST");

        // the LLM is the ollama service, not the app container's own localhost
        assertThat(String.valueOf(environment.get("LLM_BASE_URL"))).contains("ollama:11434").doesNotContain("localhost");
        // the mail variables point at the compose mail server
        assertThat(String.valueOf(environment.get("MAIL_IMAP_HOST"))).contains("mail");
        // PORT chooses the host port; inside the network the service stays on 8080 (what Prometheus scrapes)
        assertThat((List<String>) app.get("ports")).anyMatch(p -> p.startsWith("${PORT:-8080}:8080"));
        assertThat(OpsFiles.read(Path.of("ops/prometheus/prometheus.yml"))).contains("app:8080", "/actuator/prometheus");

        Map<String, Object> pull = (Map<String, Object>) services.get("ollama-pull");
        assertThat(String.valueOf(pull.get("restart"))).isEqualTo("no");
        assertThat(String.valueOf(pull.get("entrypoint"))).contains("pull");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFileComposeMountsIsInTheRepository() {
        for (Map.Entry<String, Object> service : services().entrySet()) {
            List<String> volumes = (List<String>) ((Map<String, Object>) service.getValue()).getOrDefault("volumes", List.of());
            for (String volume : volumes) {
                String source = volume.split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Path.of(source)).as(service.getKey() + " mounts " + source).exists();
                }
            }
        }
        assertThat(Path.of("ops/grafana/provisioning/datasources/prometheus.yml")).exists();
        assertThat(Path.of("ops/grafana/provisioning/dashboards/workout.yml")).exists();
    }

    @Test
    void theImageRunsAsAnUnprivilegedUserWithAHealthCheckAndContainerSizedMemory() {
        String dockerfile = OpsFiles.read(Path.of("Dockerfile"));
        String runStage = dockerfile.substring(dockerfile.lastIndexOf("FROM "));
        assertThat(runStage).containsPattern("(?m)^USER (?!root)\\w+").contains("HEALTHCHECK").contains("/actuator/health")
                .contains("MaxRAMPercentage");
    }

    @Test
    void theDashboardIsValidAndEveryPanelQueries() throws IOException {
        var dashboard = new ObjectMapper().readTree(OpsFiles.DASHBOARD.toFile());
        assertThat(dashboard.get("uid").asText()).isNotBlank();
        for (var panel : dashboard.get("panels")) {
            assertThat(panel.get("targets")).as(panel.get("title").asText()).isNotEmpty();
        }
        assertThat(OpsFiles.dashboardExpressions()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(OpsFiles.metricNames("histogram_quantile(0.95, sum by (le) (rate(a_b_bucket{x=\"y\"}[5m]))) / max(c)"))
                .containsExactly("a_b_bucket", "c");
    }

    @Test
    void alertRulesPassPromtool() throws Exception {
        Path promtool = promtool();
        Assumptions.assumeTrue(promtool != null,
                "promtool is not installed (Debian: apt-get install prometheus; .ci/run does it): alert rules not checked");
        assertThat(run(promtool, "check", "rules", "alerts.yml")).contains("SUCCESS");
        // each alert fires on a series that should make it fire, and stays quiet on a healthy one
        assertThat(run(promtool, "test", "rules", "alerts.test.yml")).contains("SUCCESS");
    }

    private static Path promtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String run(Path promtool, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(Path.of("ops/prometheus").toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
