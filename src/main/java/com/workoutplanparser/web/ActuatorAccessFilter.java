package com.workoutplanparser.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Who may see what under {@code /actuator}. Health's status (UP/DOWN, for load balancers) is open to all; its
 * details (paths, setup, component states) only to admins: an admin's Bearer token makes the request carry the
 * role {@code admin}, which {@code management.endpoint.health.show-details: when-authorized} with
 * {@code roles: admin} checks. Every other actuator endpoint (prometheus, metrics, info) needs an admin token:
 * metrics name SQL, versions and users' activity. Prometheus scrapes with that token (see docs/security.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@RequiredArgsConstructor
public class ActuatorAccessFilter extends OncePerRequestFilter {

    static final String ADMIN_ROLE = "admin";

    private final ApiCallers callers;
    private final Json json;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        Optional<ApiCaller> admin;
        try {
            admin = admin(request);
        } catch (RuntimeException e) {
            if (!health || !DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            admin = Optional.empty(); // the database is down: health still answers, with its status alone
        }
        if (admin.isPresent()) {
            chain.doFilter(new AdminRequest(request, admin.get()), response);
        } else if (health) {
            chain.doFilter(request, response);
        } else {
            boolean sentToken = request.getHeader("Authorization") != null;
            int status = sentToken ? 403 : 401;
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.write(new ErrorBody(status, sentToken ? "forbidden" : "unauthorized",
                    "The actuator endpoints other than /actuator/health need an admin's 'Authorization: Bearer <token>'.")));
        }
    }

    private Optional<ApiCaller> admin(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            return Optional.empty();
        }
        return callers.byToken(header.substring(7).strip())
                .filter(u -> ADMIN_ROLE.equals(u.role()));
    }

    /** The request as an authenticated admin, in the servlet API's terms that the actuator reads. */
    private static final class AdminRequest extends HttpServletRequestWrapper {
        private final ApiCaller admin;

        AdminRequest(HttpServletRequest request, ApiCaller admin) {
            super(request);
            this.admin = admin;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> admin.id().toString();
        }

        @Override
        public String getRemoteUser() {
            return admin.id().toString();
        }

        @Override
        public boolean isUserInRole(String role) {
            return ADMIN_ROLE.equalsIgnoreCase(role);
        }
    }
}
