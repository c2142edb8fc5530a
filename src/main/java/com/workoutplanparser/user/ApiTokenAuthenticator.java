package com.workoutplanparser.user;

import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiRouteBuilder;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Camel step that turns {@code Authorization: Bearer <token>} into the calling user (header
 * {@value #USER_HEADER}, an {@link AppUser}), or fails with 401. The Authorization header is removed
 * so the token never travels further down a route.
 * <p>
 * Over HTTP the token is read from the request's own Authorization header only: a token in the query string
 * ({@code ?Authorization=…}) would end up in access logs and browser history, so it counts for nothing (the
 * edge's header policy drops it as well).
 */
@Component("apiTokenAuthenticator")
@RequiredArgsConstructor
public class ApiTokenAuthenticator implements Processor {

    public static final String USER_HEADER = ApiRouteBuilder.CALLER_HEADER;

    private final UserStore users;

    @Override
    public void process(Exchange exchange) {
        HttpServletRequest request = exchange.getMessage().getHeader(Exchange.HTTP_SERVLET_REQUEST, HttpServletRequest.class);
        String header = request != null ? request.getHeader("Authorization")
                : exchange.getMessage().getHeader("Authorization", String.class);
        exchange.getMessage().removeHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ApiException.unauthorized("Send the header 'Authorization: Bearer <token>'.");
        }
        AppUser user = users.findByTokenHash(ApiTokens.hash(header.substring(7).strip()))
                .orElseThrow(() -> ApiException.unauthorized("The API token is not valid."));
        exchange.getMessage().setHeader(USER_HEADER, user);
    }
}
