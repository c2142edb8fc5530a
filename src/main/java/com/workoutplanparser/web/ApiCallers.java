package com.workoutplanparser.web;

import java.util.Optional;

/**
 * The token lookup the edge's filters need (ApiGateFilter, ActuatorAccessFilter), implemented by the user
 * package's store: web names what it needs instead of depending on users.
 */
public interface ApiCallers {

    /**
     * The caller an API token belongs to (the token as sent after {@code Bearer }), or empty for a token
     * nobody holds. Throws Spring's {@code DataAccessException} when the database does not answer.
     */
    Optional<ApiCaller> byToken(String token);
}
