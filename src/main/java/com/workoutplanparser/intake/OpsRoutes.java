package com.workoutplanparser.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The ops routes: every {@code *.yaml} in workout.routes.dir (ROUTES_DIR, default {@code routes/}) is loaded
 * with Camel's YAML DSL at start and again whenever it changes, added or removed, without a restart.
 * <p>
 * Each file is loaded on its own, so a broken file is reported (log ERROR and /actuator/health, component
 * "opsRoutes") and leaves every other route running; when a working file is changed into a broken one, its
 * previous version is put back. Only routes that came from these files are ever removed: the built-in Java routes
 * are never touched, a YAML route that reuses a built-in route's id is refused, and so is one that would consume
 * a built-in route's endpoint or HTTP path ({@link OpsRouteLane}). (Camel's own
 * routes-reload is not used: with routes-reload-remove-all-routes it would remove the Java routes, and a broken
 * file at start stops the whole service.)
 */
@Component("opsRoutes")
public class OpsRoutes implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(OpsRoutes.class);

    private record Loaded(String content, long modified, List<String> routeIds, String error) {
    }

    private final CamelContext camel;
    private final Path dir;
    private final OpsRouteLane lane;
    private final Map<Path, Loaded> files = new TreeMap<>();

    public OpsRoutes(CamelContext camel, RoutesSettings settings) {
        this.camel = camel;
        this.dir = Path.of(settings.dir()).toAbsolutePath().normalize();
        this.lane = new OpsRouteLane(camel, OpsRouteLane.reserved(settings.reservedPaths()));
    }

    /** One scan of the folder: load what is new or changed, remove what is gone. */
    public synchronized void scan() throws IOException {
        if (!camel.isStarted()) {
            return; // routes added while Camel is still starting are only created later: their errors would be missed
        }
        Set<Path> present = new HashSet<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path file : list.filter(p -> p.getFileName().toString().matches("(?i)[^.].*\\.ya?ml"))
                        .filter(Files::isRegularFile).sorted().toList()) {
                    present.add(file);
                    long modified = Files.getLastModifiedTime(file).toMillis();
                    Loaded old = files.get(file);
                    if (old != null && old.modified() == modified) {
                        continue;
                    }
                    String content = Files.readString(file, StandardCharsets.UTF_8);
                    if (old != null && old.content().equals(content)) {
                        files.put(file, new Loaded(content, modified, old.routeIds(), old.error()));
                        continue;
                    }
                    files.put(file, load(file, content, old));
                }
            }
        }
        for (Path gone : new ArrayList<>(files.keySet())) {
            if (!present.contains(gone)) {
                Loaded old = files.remove(gone);
                remove(old.routeIds());
                log.info("Ops routes file {} was removed: stopped and removed routes {}", gone.getFileName(), old.routeIds());
            }
        }
    }

    private Loaded load(Path file, String content, Loaded old) {
        String name = file.getFileName().toString();
        if (old != null) {
            remove(old.routeIds());
        }
        try {
            List<String> ids = add(name, content);
            log.info("Ops routes file {} {}: routes {} running", name, old == null ? "loaded" : "reloaded", ids);
            return new Loaded(content, modified(file), ids, null);
        } catch (Exception e) {
            String error = describe(e);
            log.error("Ops routes file {} is broken and was not loaded{}: {}", name,
                    old != null && old.error() == null ? " (its previous version keeps running)" : "", error);
            List<String> kept = List.of();
            if (old != null && old.error() == null) {
                try {
                    kept = add(name, old.content());
                } catch (Exception again) {
                    log.error("The previous version of {} could not be put back: {}", name, describe(again));
                }
            }
            return new Loaded(content, modified(file), kept, error);
        }
    }

    /** Loads one file's routes; on failure removes whatever of it was added and throws. */
    private List<String> add(String name, String content) throws Exception {
        Set<String> before = ids();
        com.fasterxml.jackson.databind.JsonNode root = YAML.readTree(content);
        List<String> declared = declaredRouteIds(root);
        lane.check(root == null || !root.isArray() ? YAML.createArrayNode() : root, builtInRoutes());
        for (String id : declared) {
            if (before.contains(id)) { // Camel would silently replace the running route (a built-in one too)
                throw new IllegalArgumentException("A route with the id '" + id + "' is already running"
                        + " (built in, or from another file): give this route another id.");
            }
        }
        Resource resource = ResourceHelper.fromString("file:" + dir.resolve(name), content);
        try {
            PluginHelper.getRoutesLoader(camel).loadRoutes(resource);
        } catch (Exception e) {
            Set<String> added = ids();
            added.removeAll(before);
            remove(new ArrayList<>(added));
            throw e;
        }
        Set<String> added = ids();
        added.removeAll(before);
        for (String id : added) {
            if (!camel.getRouteController().getRouteStatus(id).isStarted()) {
                remove(new ArrayList<>(added));
                throw new IllegalStateException("Route " + id + " was added but did not start.");
            }
        }
        return new ArrayList<>(added);
    }

    /** The ids of the file's routes, read before loading; every route must have one. */
    private static List<String> declaredRouteIds(com.fasterxml.jackson.databind.JsonNode root) {
        List<String> ids = new ArrayList<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return ids;
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException("The file must be a YAML list of '- route:' entries.");
        }
        for (com.fasterxml.jackson.databind.JsonNode item : root) {
            com.fasterxml.jackson.databind.JsonNode route = item.get("route");
            if (route == null) {
                continue; // beans, routeConfiguration…: Camel checks them
            }
            com.fasterxml.jackson.databind.JsonNode id = route.get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw new IllegalArgumentException("Every route needs an id (route: id: my-route).");
            }
            ids.add(id.asText());
        }
        return ids;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
            new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

    private void remove(List<String> routeIds) {
        for (String id : routeIds) {
            try {
                camel.getRouteController().stopRoute(id);
                camel.removeRoute(id);
            } catch (Exception e) {
                log.warn("Could not remove route {}: {}", id, e.getMessage());
            }
        }
    }

    /** The routes that did not come from ops files: the service's own, which an ops route may never displace. */
    private List<Route> builtInRoutes() {
        Set<String> fromFiles = new HashSet<>();
        files.values().forEach(f -> fromFiles.addAll(f.routeIds()));
        return camel.getRoutes().stream().filter(r -> !fromFiles.contains(r.getRouteId())).toList();
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        for (Route r : camel.getRoutes()) {
            ids.add(r.getRouteId());
        }
        return ids;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getMessage().lines().limit(3).map(String::strip).reduce((x, y) -> x + " " + y).orElse("");
            m = m.length() > 250 ? m.substring(0, 250) + "…" : m;
            if (s.indexOf(m) < 0) {
                s.append(s.isEmpty() ? "" : " <- ").append(m);
            }
        }
        return s.length() > 600 ? s.substring(0, 600) + "…" : s.toString();
    }

    /** What is loaded from which file, and which files are broken and why. */
    public synchronized Map<String, Object> status() {
        Map<String, Object> loaded = new LinkedHashMap<>();
        Map<String, Object> broken = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            loaded.put(e.getKey().getFileName().toString(), e.getValue().routeIds());
            if (e.getValue().error() != null) {
                broken.put(e.getKey().getFileName().toString(), e.getValue().error());
            }
        }
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("dir", dir.toString());
        status.put("routes", loaded);
        status.put("broken", broken);
        return status;
    }

    /** UP with what is loaded; a broken file is listed under "broken" (the service and the other routes keep running). */
    @Override
    public Health health() {
        return Health.up().withDetails(status()).build();
    }
}
