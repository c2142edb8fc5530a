package com.workoutplanparser.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.LimitSettings;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/users} (admins only): creates a user with a role (user, reviewer, admin) and answers
 * with its API token, once; only the token's hash is stored. {@code GET /api/v1/users/me}: the caller.
 * Body: {"email": "...", "displayName": "...", "role": "reviewer", "tier": "paid"}. {@code PUT /api/v1/users/{id}/tier}
 * (admins only): {"tier": "paid"} moves a user to another rate-limit tier (docs/security.md). A user's rights
 * (consent, export, deletion, token rotation) are in {@link UserRightsRoutes}.
 */
@Component
@RequiredArgsConstructor
public class UserAdminRoutes extends ApiRouteBuilder {

    private static final Set<String> ROLES = Set.of("user", "reviewer", "admin");

    private final UserStore users;
    private final LimitSettings limits;

    @Override
    public void configure() {
        String base = "/api/v1/users";
        // read fresh, not from the token cache: what the caller sees of themselves is what is stored now
        getJson(base, "/me", "current-user", "The caller: id, display name and role (what the review page shows)")
                .process(ok(exchange -> describe(users.findById(caller(exchange).id())
                        .orElseThrow(() -> ApiException.unauthorized("The API token is not valid.")))));
        postJson(base, null, "create-user", "Create a user (admins only); the answer holds its API token, shown once")
                .process(this::create);
        putJson(base, "/{id}/tier", "set-user-tier",
                "Move a user to another rate-limit tier (admins only): {\"tier\": \"paid\"}").process(this::setTier);
    }

    private void setTier(Exchange exchange) {
        requireAdmin(exchange, "Only admins can change a user's tier.");
        var id = pathId(exchange, "user");
        String tier = jsonBody(exchange).path("tier").asText("").strip();
        requireTier(tier);
        AppUser changed = users.updateTier(id, tier).orElseThrow(() -> ApiException.notFound("No user has the id " + id + "."));
        reply(exchange, 200, describe(changed));
    }

    private void requireTier(String tier) {
        if (!limits.knowsTier(tier)) {
            throw ApiException.badRequest("invalid_tier", "\"tier\" must be one of " + String.join(", ",
                    new java.util.TreeSet<>(limits.tiers().keySet())) + ".");
        }
    }

    private void create(Exchange exchange) {
        requireAdmin(exchange, "Only admins can create users.");
        JsonNode request = jsonBody(exchange);
        String displayName = request.path("displayName").asText("").strip();
        String email = request.path("email").isTextual() ? request.get("email").asText().strip() : null;
        String role = request.path("role").asText("user").strip();
        String tier = request.path("tier").asText("admin".equals(role) ? "admin" : "free").strip();
        if (displayName.isEmpty()) {
            throw ApiException.badRequest("missing_display_name", "Give the user a \"displayName\".");
        }
        if (!ROLES.contains(role)) {
            throw ApiException.badRequest("invalid_role", "\"role\" must be user, reviewer or admin.");
        }
        if (email != null && (email.isEmpty() || !email.contains("@"))) {
            throw ApiException.badRequest("invalid_email", "\"email\" must be an e-mail address, or left out.");
        }
        requireTier(tier);
        if (email != null && users.findByEmail(email).isPresent()) {
            throw ApiException.conflict("A user with this e-mail address exists already.");
        }
        String token = ApiTokens.generate();
        AppUser created = users.create(email, displayName, role, tier, ApiTokens.hash(token));
        Map<String, Object> answer = describe(created);
        answer.put("token", token); // the only time it is shown
        reply(exchange, 201, answer);
    }

    static Map<String, Object> describe(AppUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        body.put("email", user.email());
        body.put("displayName", user.displayName());
        body.put("role", user.role());
        body.put("tier", user.tier());
        body.put("aiProcessing", user.aiProcessing());
        return body;
    }
}
