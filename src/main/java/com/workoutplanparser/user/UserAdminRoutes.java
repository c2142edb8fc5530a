package com.workoutplanparser.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.pipeline.ErrorHandlingConfiguration;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/users} (admins only): creates a user with a role (user, reviewer, admin) and answers
 * with its API token, once; only the token's hash is stored.
 * Body: {"email": "...", "displayName": "...", "role": "reviewer"}.
 */
@Component
public class UserAdminRoutes extends RouteBuilder {

    private static final Set<String> ROLES = Set.of("user", "reviewer", "admin");

    private final UserStore users;
    private final Json json;

    public UserAdminRoutes(UserStore users, Json json) {
        this.users = users;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/users")
                .post().routeId("rest-create-user").produces("application/json")
                    .description("Create a user (admins only); the answer holds its API token, shown once")
                    .to("direct:create-user");

        from("direct:create-user").routeId("create-user")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .process(this::create);
    }

    private void create(Exchange exchange) {
        var msg = exchange.getMessage();
        AppUser caller = msg.getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
        if (!"admin".equals(caller.role())) {
            throw ApiException.forbidden("Only admins can create users.");
        }
        String body = msg.getBody(String.class);
        JsonNode request = json.read(body == null || body.isBlank() ? "{}" : body);
        String displayName = request.path("displayName").asText("").strip();
        String email = request.path("email").isTextual() ? request.get("email").asText().strip() : null;
        String role = request.path("role").asText("user").strip();
        if (displayName.isEmpty()) {
            throw ApiException.badRequest("missing_display_name", "Give the user a \"displayName\".");
        }
        if (!ROLES.contains(role)) {
            throw ApiException.badRequest("invalid_role", "\"role\" must be user, reviewer or admin.");
        }
        if (email != null && (email.isEmpty() || !email.contains("@"))) {
            throw ApiException.badRequest("invalid_email", "\"email\" must be an e-mail address, or left out.");
        }
        if (email != null && users.findByEmail(email).isPresent()) {
            throw ApiException.conflict("A user with this e-mail address exists already.");
        }
        String token = ApiTokens.generate();
        AppUser created = users.create(email, displayName, role, ApiTokens.hash(token));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", created.id());
        answer.put("email", created.email());
        answer.put("displayName", created.displayName());
        answer.put("role", created.role());
        answer.put("token", token); // the only time it is shown
        msg.removeHeaders("workout*");
        msg.setHeader(Exchange.HTTP_RESPONSE_CODE, 201);
        msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
        msg.setBody(json.write(answer));
    }
}
