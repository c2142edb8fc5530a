package com.workoutplanparser.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The service jar as the load benchmark drives it: its own JVM on its own port, an embedded PostgreSQL in a fresh
 * temporary folder (nothing of a developer's data or settings: the working directory is that folder, so no .env is
 * read), rate limits off (the benchmark measures cost, not policy), the container's memory flags. Extra JVM flags
 * come from {@code -Dbench.jvm} (a JFR recording, a heap size).
 */
final class ServiceUnderLoad implements AutoCloseable {

    /**
     * The Dockerfile's JVM memory flags under docker-compose's default {@code APP_MEMORY} (1g), so the RSS the
     * benchmark reports is the one the container would have (docs/operations.md, "Memory"). A {@code -Dbench.jvm}
     * with {@code -Xmx} or {@code MaxRAM} replaces them.
     */
    static final List<String> CONTAINER_MEMORY = List.of("-XX:MaxRAM=1g", "-XX:MaxRAMPercentage=75");

    final int port;
    final int dbPort;
    /** The first admin's token: chosen here, given to the service as API_TOKEN, never printed. */
    final String token;
    final Path home;
    private final Process process;

    private ServiceUnderLoad(int port, int dbPort, String token, Path home, Process process) {
        this.port = port;
        this.token = token;
        this.dbPort = dbPort;
        this.home = home;
        this.process = process;
    }

    static ServiceUnderLoad start(Path jar, int port, String jvmFlags) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("wpp-load-");
        int dbPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!jvmFlags.contains("MaxRAM") && !jvmFlags.contains("-Xmx")) {
            command.addAll(CONTAINER_MEMORY); // the heap the container gives it, not a quarter of this machine
        }
        if (!jvmFlags.isBlank()) {
            command.addAll(List.of(jvmFlags.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("DATABASE_") || k.startsWith("MAIL_")
                || k.startsWith("LLM_") || k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("OLLAMA"));
        env.put("PORT", String.valueOf(port));
        env.put("EMBEDDED_DB_DIR", home.resolve("postgres").toString());
        env.put("EMBEDDED_DB_PORT", String.valueOf(dbPort));
        String token = "bench-" + UUID.randomUUID();
        env.put("API_TOKEN", token);
        env.put("RATE_LIMITS_ENABLED", "false");
        env.put("INBOX_DIR", home.resolve("inbox").toString());
        env.put("ROUTES_DIR", home.resolve("routes").toString());
        env.put("PARSER_MODE", "rules");
        ServiceUnderLoad service = new ServiceUnderLoad(port, dbPort, token, home, builder.start());
        service.awaitUp();
        return service;
    }

    long pid() {
        return process.pid();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitUp() throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see " + home.resolve("service.log"));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not start within 180 s; see " + home.resolve("service.log"));
    }

    /** CPU time the service and its embedded database have used so far. */
    ProcessCpu cpu() {
        return ProcessCpu.of(process.toHandle(), home.resolve("postgres"));
    }

    /** Milliseconds the service's JIT compilers have spent so far (its {@code jvm.compilation.time}, asked as the admin). */
    double compilationMillis() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base() + "/actuator/metrics/jvm.compilation.time"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        Matcher value = Pattern.compile("\"value\":([0-9.]+)").matcher(r.body());
        if (r.statusCode() != 200 || !value.find()) {
            throw new IllegalStateException("no jvm.compilation.time from the service: HTTP " + r.statusCode());
        }
        return Double.parseDouble(value.group(1));
    }

    /** kB from /proc/<pid>/status: VmRSS (now) and VmHWM (the peak so far). */
    long procStatusKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
            }
        }
        return -1;
    }

    /** The service's own database, for counting what the queue still holds (not through the API under test). */
    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres", "");
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: Spring stops, the embedded PostgreSQL with it
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!Boolean.getBoolean("bench.keep")) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
