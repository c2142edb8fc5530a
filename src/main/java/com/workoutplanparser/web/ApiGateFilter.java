package com.workoutplanparser.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of {@code /api/v1}: it runs on the container's thread, before the body is read and before
 * the request waits for one of the threads that run Camel routes, so a caller without a valid token is answered
 * 401 at once (and, past the per-address limit, 429), and a caller over its rate limit 429, however busy the
 * parsers are. Writes (POST, PUT, PATCH, DELETE) spend one token of the caller's bucket: parses from the tier's
 * parse limit, the other writes from its write limit. The routes authenticate again (the gate only refuses).
 * Headers out: {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} on every write, and
 * {@code Retry-After} with a 429.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
@EnableConfigurationProperties(LimitSettings.class)
@RequiredArgsConstructor
public class ApiGateFilter extends OncePerRequestFilter {

    public static final String RETRY_AFTER = "Retry-After";
    public static final String RATE_LIMIT_LIMIT = "RateLimit-Limit";
    public static final String RATE_LIMIT_REMAINING = "RateLimit-Remaining";
    public static final String RATE_LIMIT_RESET = "RateLimit-Reset";

    private static final Logger log = LoggerFactory.getLogger(ApiGateFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String PARSE_PATH = "/api/v1/workout-plans/parse";

    private final ApiCallers callers;
    private final RateLimits limits;
    private final LimitSettings settings;
    private final Json json;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "OPTIONS".equals(request.getMethod()) || !(path.equals("/api/v1") || path.startsWith("/api/v1/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiCaller user;
        try {
            user = caller(request.getHeader("Authorization"));
        } catch (DataAccessException e) {
            log.warn("Cannot check an API token: the database is not answering ({})", e.getClass().getSimpleName());
            response.setHeader(RETRY_AFTER, "5");
            write(response, new ErrorBody(503, "database_unavailable",
                    "The service cannot reach its database right now. Nothing was recorded: try again shortly."));
            return;
        }
        if (user == null) {
            if (settings.enabled()) {
                RateLimits.Decision d = limits.unauthenticated(clientAddress(request));
                if (!d.allowed()) {
                    refuse(response, d, "Too many requests without a valid API token from your address");
                    return;
                }
            }
            String header = request.getHeader("Authorization");
            write(response, ErrorBody401.of(header));
            return;
        }
        if (settings.enabled() && WRITES.contains(request.getMethod())) {
            boolean parse = request.getRequestURI().startsWith(PARSE_PATH);
            RateLimits.Decision d = parse ? limits.parse(user.id(), user.tier()) : limits.write(user.id(), user.tier());
            rateHeaders(response, d);
            if (!d.allowed()) {
                refuse(response, d, (parse ? "Too many plans parsed" : "Too many changes") + " for the "
                        + user.tier() + " tier");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private ApiCaller caller(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            return null;
        }
        return callers.byToken(header.substring(7).strip()).orElse(null);
    }

    private String clientAddress(HttpServletRequest request) {
        if (!settings.clientAddressHeader().isEmpty()) {
            String forwarded = request.getHeader(settings.clientAddressHeader());
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.getRemoteAddr();
    }

    private void refuse(HttpServletResponse response, RateLimits.Decision d, String what) throws IOException {
        rateHeaders(response, d);
        response.setHeader(RETRY_AFTER, String.valueOf(d.retryAfterSeconds()));
        write(response, new ErrorBody(429, "rate_limited", what + ": at most " + d.limit() + " in "
                + d.periodText() + ". Try again in " + d.retryAfterSeconds() + " s."));
    }

    private static void rateHeaders(HttpServletResponse response, RateLimits.Decision d) {
        response.setHeader(RATE_LIMIT_LIMIT, String.valueOf(d.limit()));
        response.setHeader(RATE_LIMIT_REMAINING, String.valueOf(d.remaining()));
        response.setHeader(RATE_LIMIT_RESET, String.valueOf(d.resetSeconds()));
    }

    private void write(HttpServletResponse response, ErrorBody body) throws IOException {
        response.setStatus(body.status());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        byte[] bytes = json.write(body).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The same words as the routes' own authentication, so a caller sees one API. */
    private static final class ErrorBody401 {
        static ErrorBody of(String header) {
            boolean sent = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7;
            return new ErrorBody(401, "unauthorized", sent ? "The API token is not valid."
                    : "Send the header 'Authorization: Bearer <token>'.");
        }
    }
}
