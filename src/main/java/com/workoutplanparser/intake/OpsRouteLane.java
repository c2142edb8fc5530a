package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.util.URISupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps ops routes in their lane: a YAML route may not consume an endpoint or an HTTP path that a built-in route
 * serves. Without this check a file with {@code from: platform-http:/api/v1/users/me} silently takes over the
 * authenticated endpoint (and receives users' tokens), and removing the file leaves the built-in path answering
 * 500 until a restart, because platform-http keeps one consumer per path.
 * <p>
 * HTTP paths under the reserved prefixes (the API, actuator, review page, OpenAPI document) are refused whatever
 * serves them today; any other consumer endpoint is refused when a built-in route already consumes it
 * ({@code direct:intake}, the inbox folder, ...). {@code rest:} blocks are refused outright: ops routes take HTTP
 * through {@code from: platform-http:/their/path}, whose path this class can check.
 */
final class OpsRouteLane {

    private static final Set<String> HTTP_SCHEMES = Set.of("platform-http", "rest", "servlet", "undertow", "jetty",
            "netty-http", "vertx-http");

    private final CamelContext camel;
    private final List<String> reservedPaths;

    OpsRouteLane(CamelContext camel, List<String> reservedPaths) {
        this.camel = camel;
        this.reservedPaths = reservedPaths.stream().map(OpsRouteLane::trimPath).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Throws IllegalArgumentException, with a reason an operator can act on, when a route of the file would
     * consume what a built-in route serves.
     *
     * @param root    the file's YAML tree (a list of entries)
     * @param builtIn the routes that did not come from ops files
     */
    void check(JsonNode root, Collection<Route> builtIn) {
        for (JsonNode item : root) {
            if (item.has("rest")) {
                throw new IllegalArgumentException("Ops routes may not declare 'rest:' blocks; take HTTP requests with"
                        + " 'from: platform-http:/your/path' outside " + reservedPaths + ".");
            }
            JsonNode route = item.has("route") ? item.get("route") : item;
            String uri = fromUri(route.get("from"));
            if (uri != null) {
                checkConsumer(camel.resolvePropertyPlaceholders(uri), builtIn);
            }
        }
    }

    private static String fromUri(JsonNode from) {
        if (from == null) {
            return null;
        }
        if (from.isTextual()) {
            return from.asText();
        }
        JsonNode uri = from.get("uri");
        if (uri == null || !uri.isTextual()) {
            return null;
        }
        // parameters written as a map count as if they were in the query (a Kamelet's folder, say)
        StringBuilder full = new StringBuilder(uri.asText());
        JsonNode parameters = from.get("parameters");
        if (parameters != null && parameters.isObject()) {
            char sep = full.indexOf("?") < 0 ? '?' : '&';
            for (var it = parameters.fields(); it.hasNext(); ) {
                var p = it.next();
                full.append(sep).append(p.getKey()).append('=').append(p.getValue().asText());
                sep = '&';
            }
        }
        return full.toString();
    }

    private void checkConsumer(String uri, Collection<Route> builtIn) {
        String scheme = scheme(uri);
        if ("kamelet".equals(scheme)) {
            // A Kamelet's own consumer is what counts: the folder Kamelet consumes file:<folder>, which is compared
            // with the built-in inbox's (the built-in Kamelet route's file endpoint). Other Kamelets are not known here.
            String folder = kameletFolder(uri);
            if (folder == null) {
                return;
            }
            uri = "file:" + folder;
            scheme = "file";
        }
        if (HTTP_SCHEMES.contains(scheme)) {
            String path = httpPath(uri);
            for (String reserved : reservedPaths) {
                if (path.equals(reserved) || path.startsWith(reserved + "/")) {
                    throw new IllegalArgumentException("The path /" + path + " belongs to the service itself (" + "/"
                            + reserved + "/…); give the ops route a path of its own, e.g. /hooks/….");
                }
            }
            for (Route r : builtIn) {
                String other = r.getEndpoint().getEndpointUri();
                if (HTTP_SCHEMES.contains(scheme(other)) && samePath(path, httpPath(other))) {
                    throw new IllegalArgumentException("The path /" + path + " is served by the built-in route '"
                            + r.getRouteId() + "'; give the ops route a path of its own.");
                }
            }
            return;
        }
        String mine = withoutQuery(uri);
        for (Route r : builtIn) {
            if (mine.equals(withoutQuery(r.getEndpoint().getEndpointUri()))) {
                throw new IllegalArgumentException("The endpoint " + mine + " is consumed by the built-in route '"
                        + r.getRouteId() + "'; an ops route may send to it (to:) but not consume it (from:).");
            }
        }
    }

    /** The folder of a {@code kamelet:workout-folder-source?folder=…} URI, else null. */
    static String kameletFolder(String uri) {
        String rest = uri.substring(uri.indexOf(':') + 1).replaceFirst("^//", "");
        int q = rest.indexOf('?');
        String name = q < 0 ? rest : rest.substring(0, q);
        if (!FileIntakeRoutes.FOLDER_KAMELET.equals(name) || q < 0) {
            return null;
        }
        for (String pair : rest.substring(q + 1).split("&")) {
            if (pair.startsWith("folder=")) {
                return java.net.URLDecoder.decode(pair.substring(7), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String scheme(String uri) {
        int colon = uri.indexOf(':');
        return colon < 0 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** "platform-http:/api/v1/x?y" or "rest:get:/api/v1:/x" or "jetty:http://0.0.0.0:8080/api" → "api/v1/x". */
    static String httpPath(String uri) {
        String rest = uri.substring(uri.indexOf(':') + 1).replaceFirst("^//(?=[a-zA-Z]+:)", "");
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.matches("(?i)(get|post|put|patch|delete|head|options):.*")) {
            rest = rest.substring(rest.indexOf(':') + 1).replace(":", "/"); // rest:verb:context:path
        }
        rest = rest.replaceFirst("(?i)^https?://[^/]*", "");
        return trimPath(rest);
    }

    private static String trimPath(String path) {
        String p = path.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Segment by segment; a built-in "{id}" segment matches anything. */
    private static boolean samePath(String mine, String builtIn) {
        String[] a = mine.split("/");
        String[] b = builtIn.split("/");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            boolean template = b[i].startsWith("{") || a[i].startsWith("{");
            if (!template && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static String withoutQuery(String uri) {
        String normal;
        try {
            normal = URISupport.normalizeUri(uri);
        } catch (Exception e) {
            normal = uri;
        }
        int q = normal.indexOf('?');
        return (q < 0 ? normal : normal.substring(0, q)).replaceFirst("^([a-zA-Z0-9+.-]+):(?!//)", "$1://");
    }

    static List<String> reserved(String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String p : commaSeparated.split(",")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
