package com.workoutplanparser.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.ParamDefinition;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.RestParamType;
import org.apache.camel.model.rest.VerbDefinition;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one header policy of the HTTP edge, set on the platform-http component (application.yaml), so it holds for
 * every Camel REST endpoint and every ops route on platform-http. Camel copies request headers and query
 * parameters into message headers and writes message headers back as response headers; without a policy a
 * client could set internal state ({@code workoutUserId}) and make the service answer with any header it names
 * ({@code ?Set-Cookie=…}).
 * <ul>
 *   <li>In, under {@code /api}: only {@link #REQUEST_HEADERS} sent as headers, and only the query parameters the
 *       endpoint declares in its REST DSL ({@code .param().type(query)}), sent in the query string. A name that
 *       arrives both ways is dropped both ways (so {@code ?Authorization=…} never stands in for the header).</li>
 *   <li>In, elsewhere (ops routes): everything but names of internal state ({@code workout*}, {@code Camel*}).</li>
 *   <li>Out, everywhere: only the headers the API itself sets ({@link #RESPONSE_HEADERS}, {@code RateLimit-*},
 *       {@code X-RateLimit-*}); whatever else is on the message stays inside.</li>
 * </ul>
 */
@Component("edgeHeaderPolicy")
@RequiredArgsConstructor
public class EdgeHeaderPolicy implements HeaderFilterStrategy {

    /** Request headers an API route reads (lower case). */
    static final Set<String> REQUEST_HEADERS = Set.of(
            "authorization", "content-type", "content-length", "accept", "idempotency-key", "prefer");

    /** Response headers the API sets (lower case); the rate-limit families are matched by prefix. */
    static final Set<String> RESPONSE_HEADERS = Set.of(
            "content-type", "location", "retry-after", "cache-control", "x-request-id", "content-disposition");

    private static final String[] INTERNAL_PREFIXES = {"workout", "camel", "org.apache.camel"};

    private final CamelContext camel;
    /** "GET /api/v1/exercises" -> its declared query parameters (lower case); read from the REST model once. */
    private volatile Map<String, Set<String>> queryParameters;

    /** Outbound: true drops the header from the HTTP response. */
    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        String n = name.toLowerCase(Locale.ROOT);
        return !(RESPONSE_HEADERS.contains(n) || n.startsWith("ratelimit-") || n.startsWith("x-ratelimit-"));
    }

    /** Inbound: true keeps the request header or query parameter out of the exchange. */
    @Override
    public boolean applyFilterToExternalHeaders(String name, Object value, Exchange exchange) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String prefix : INTERNAL_PREFIXES) {
            if (n.startsWith(prefix)) {
                return true;
            }
        }
        HttpServletRequest request = exchange.getIn().getHeader(Exchange.HTTP_SERVLET_REQUEST, HttpServletRequest.class);
        if (request == null || !request.getRequestURI().startsWith("/api")) {
            return request == null; // no request to tell where it came from: keep nothing
        }
        boolean inQuery = queryNames(request).contains(n);
        boolean inHeaders = request.getHeader(name) != null;
        if (inQuery == inHeaders) {
            return true; // sent both ways (or neither): ambiguous, so neither reaches the route
        }
        return inHeaders ? !REQUEST_HEADERS.contains(n) : !declaredQueryParameters(exchange).contains(n);
    }

    private Set<String> declaredQueryParameters(Exchange exchange) {
        if (!(exchange.getFromEndpoint() instanceof PlatformHttpEndpoint endpoint)) {
            return Set.of();
        }
        String method = endpoint.getHttpMethodRestrict() == null ? "" : endpoint.getHttpMethodRestrict();
        return queryParameters().getOrDefault(method.toUpperCase(Locale.ROOT) + " " + endpoint.getPath(), Set.of());
    }

    private Map<String, Set<String>> queryParameters() {
        Map<String, Set<String>> known = queryParameters;
        if (known == null) {
            known = new HashMap<>();
            for (RestDefinition rest : camel.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions()) {
                for (VerbDefinition verb : rest.getVerbs()) {
                    Set<String> names = new HashSet<>();
                    for (ParamDefinition p : verb.getParams()) {
                        if (p.getType() == RestParamType.query) {
                            names.add(p.getName().toLowerCase(Locale.ROOT));
                        }
                    }
                    known.merge(verb.asVerb().toUpperCase(Locale.ROOT) + " " + join(rest.getPath(), verb.getPath()),
                            names, (a, b) -> {
                                Set<String> both = new HashSet<>(a);
                                both.addAll(b);
                                return both;
                            });
                }
            }
            queryParameters = known;
        }
        return known;
    }

    private static String join(String base, String path) {
        String b = base == null ? "" : base;
        String p = path == null ? "" : path;
        if (p.isEmpty()) {
            return b;
        }
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + (p.startsWith("/") ? p : "/" + p);
    }

    private static Set<String> queryNames(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String raw = eq < 0 ? pair : pair.substring(0, eq);
            try {
                names.add(URLDecoder.decode(raw, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                names.add(raw.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
