package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.util.URISupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps ops routes in their lane: a YAML route may not consume an endpoint or an HTTP path that a built-in route
 * serves. Without this check a file with {@code from: platform-http:/api/v1/users/me} silently takes over the
 * authenticated endpoint (and receives users' tokens), and removing the file leaves the built-in path answering
 * 500 until a restart, because platform-http keeps one consumer per path.
 * <p>
 * HTTP paths under the reserved prefixes (the API, actuator, review page, OpenAPI document) are refused whatever
 * serves them today; any other consumer endpoint is refused when a built-in route already consumes it
 * ({@code direct:intake}, the inbox folder, the mailbox, ...); a mailbox is its login and folder on a server, so
 * another mailbox on the built-in one's server is allowed. {@code rest:} blocks are refused outright: ops routes
 * take HTTP through {@code from: platform-http:/their/path}, whose path this class can check.
 */
final class OpsRouteLane {

    private static final Set<String> HTTP_SCHEMES = Set.of("platform-http", "rest", "servlet", "undertow", "jetty",
            "netty-http", "vertx-http");
    private static final Set<String> MAIL_SCHEMES = Set.of("imap", "imaps", "pop3", "pop3s");

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
            // A Kamelet's own consumer is what counts: the folder Kamelet consumes file:<folder>, the mailbox Kamelet
            // a mailbox, compared with the built-in inbox's and mailbox's (the built-in Kamelet routes' endpoints).
            // Other Kamelets are not known here.
            Map<String, String> folder = kameletParameters(uri, FileIntakeRoutes.FOLDER_KAMELET);
            Map<String, String> mailbox = kameletParameters(uri, MailIntakeRoutes.MAILBOX_KAMELET);
            if (folder != null && folder.containsKey("folder")) {
                uri = "file:" + folder.get("folder");
                scheme = "file";
            } else if (mailbox != null) {
                checkMailbox(Mailbox.of(mailbox.getOrDefault("protocol", "imaps"), mailbox.get("host"),
                        mailbox.getOrDefault("port", "993"), mailbox.get("username"), mailbox.get("folder")), builtIn);
                return;
            } else {
                return;
            }
        }
        if (MAIL_SCHEMES.contains(scheme)) {
            checkMailbox(Mailbox.of(uri), builtIn);
            return;
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
                        + named(r, builtIn) + "'; an ops route may send to it (to:) but not consume it (from:).");
            }
        }
    }

    /** The parameters of a {@code kamelet:<name>?…} URI (RAW(…) unwrapped), else null. */
    static Map<String, String> kameletParameters(String uri, String name) {
        String rest = uri.substring(uri.indexOf(':') + 1).replaceFirst("^//", "");
        int q = rest.indexOf('?');
        if (!name.equals(q < 0 ? rest : rest.substring(0, q))) {
            return null;
        }
        return q < 0 ? Map.of() : query(rest.substring(q + 1));
    }

    private static Map<String, String> query(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1);
                value = value.matches("(?s)RAW[({].*[)}]") ? value.substring(4, value.length() - 1)
                        : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
                out.put(pair.substring(0, eq), value);
            }
        }
        return out;
    }

    /**
     * One mailbox: the login and the folder on a server. Two routes on one server with other logins or folders
     * read different mails; two on the same one take each other's mails (under two owners, two error folders).
     */
    record Mailbox(String host, int port, String username, String folder) {

        static Mailbox of(String protocol, String host, String port, String username, String folder) {
            String p = protocol.toLowerCase(Locale.ROOT);
            int defaultPort = switch (p) {
                case "imaps" -> 993;
                case "pop3" -> 110;
                case "pop3s" -> 995;
                default -> 143;
            };
            return new Mailbox(host == null ? "" : host.strip().toLowerCase(Locale.ROOT),
                    port == null || port.isBlank() ? defaultPort : Integer.parseInt(port.strip()),
                    username == null ? "" : username.strip().toLowerCase(Locale.ROOT),
                    folder == null || folder.isBlank() ? "INBOX" : folder.strip());
        }

        /** From a mail endpoint URI: imaps://host:port?username=…&folderName=…. */
        static Mailbox of(String uri) {
            String rest = uri.substring(uri.indexOf(':') + 1).replaceFirst("^//", "");
            int q = rest.indexOf('?');
            String authority = (q < 0 ? rest : rest.substring(0, q)).replaceFirst("/.*$", "");
            Map<String, String> parameters = q < 0 ? Map.of() : query(rest.substring(q + 1));
            int colon = authority.lastIndexOf(':');
            String user = parameters.get("username");
            if (authority.contains("@")) { // imap://user@host
                user = user == null ? authority.substring(0, authority.lastIndexOf('@')) : user;
                authority = authority.substring(authority.lastIndexOf('@') + 1);
                colon = authority.lastIndexOf(':');
            }
            return of(scheme(uri), colon < 0 ? authority : authority.substring(0, colon),
                    colon < 0 ? null : authority.substring(colon + 1), user, parameters.get("folderName"));
        }

        @Override
        public String toString() { // never the password, which is not part of it
            return username + " on " + host + ":" + port + " (folder " + folder + ")";
        }
    }

    /** The route an operator knows: for a Kamelet's own route (workout-folder-source-1), the route using it. */
    private static String named(Route route, Collection<Route> builtIn) {
        if (route.isCreatedByKamelet()) {
            for (Route r : builtIn) {
                if (r.getEndpoint() instanceof org.apache.camel.component.kamelet.KameletEndpoint k
                        && route.getRouteId().equals(k.getRouteId())) {
                    return r.getRouteId();
                }
            }
        }
        return route.getRouteId();
    }

    private static void checkMailbox(Mailbox mine, Collection<Route> builtIn) {
        for (Route r : builtIn) {
            String other = r.getEndpoint().getEndpointUri();
            if (MAIL_SCHEMES.contains(scheme(other)) && mine.equals(Mailbox.of(other))) {
                throw new IllegalArgumentException("The mailbox " + mine + " is consumed by the built-in route '"
                        + named(r, builtIn) + "'; an ops route may read another mailbox or folder, not this one.");
            }
        }
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
