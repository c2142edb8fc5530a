package com.workoutplanparser.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The response headers every answer of a kind carries, set before anything else writes the response (so also on
 * the errors answered by other filters):
 * <ul>
 *   <li>API, OpenAPI and actuator answers: {@code Cache-Control: no-store} (they hold users' plans and tokens;
 *       no proxy or browser may keep them) and {@code X-Content-Type-Options: nosniff}.</li>
 *   <li>The review page: a Content-Security-Policy that also forbids framing ({@code frame-ancestors} cannot be
 *       set by the page's {@code <meta>} tag), X-Frame-Options for older browsers, nosniff and no Referer.
 *       Reviewers look at untrusted plan text there, so the page may run only its own script and styles.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ResponseHeadersFilter extends OncePerRequestFilter {

    static final String REVIEW_PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/api") || path.startsWith("/actuator")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
        } else if (path.equals("/review") || path.startsWith("/review/")) {
            response.setHeader("Content-Security-Policy", REVIEW_PAGE_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        chain.doFilter(request, response);
    }
}
