package com.workoutplanparser.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.Ids;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A user's rights over their data (docs/security.md). {@code me} stands for the caller wherever a user id goes;
 * an admin may act on any user, everyone else only on themselves (someone else's id is a 403).
 * <ul>
 *   <li>{@code PATCH /api/v1/users/{id}} {"aiProcessing": false}: consent to sending plans to an LLM provider.</li>
 *   <li>{@code GET /api/v1/users/{id}/export}: everything kept about the user, as JSON.</li>
 *   <li>{@code DELETE /api/v1/users/{id}}: the user and all their data, in one transaction.</li>
 *   <li>{@code POST /api/v1/users/{id}/token}: a new token, shown once; the old one is refused from then on.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
public class UserRightsRoutes extends ApiRouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(UserRightsRoutes.class);

    private final UserStore users;
    private final UserExport export;
    private final UserDeletion deletion;

    @Override
    public void configure() {
        rest("/api/v1/users").produces("application/json")
                .patch("/{id}").routeId("rest-update-user")
                    .description("Change a user's consent ({id} or me; others' only for admins): {\"aiProcessing\": false}")
                    .to("direct:update-user")
                .get("/{id}/export").routeId("rest-export-user")
                    .description("Everything kept about a user ({id} or me): imports with text, plans, reviews")
                    .to("direct:export-user")
                .delete("/{id}").routeId("rest-delete-user")
                    .description("Delete a user ({id} or me) and all their imports, plans and reviews")
                    .to("direct:delete-user")
                .post("/{id}/token").routeId("rest-rotate-token")
                    .description("Issue a new API token ({id} or me), shown once; the old one stops working at once")
                    .to("direct:rotate-token");

        fromApi("update-user").process(this::update);
        fromApi("export-user").process(exchange -> reply(exchange, 200, export.export(target(exchange, "export"))));
        fromApi("delete-user").process(this::delete);
        fromApi("rotate-token").process(this::rotate);
    }

    private void update(Exchange exchange) {
        AppUser user = target(exchange, "change");
        JsonNode request = jsonBody(exchange);
        if (!request.isObject() || !request.path("aiProcessing").isBoolean()) {
            throw ApiException.badRequest("invalid_consent", "Send {\"aiProcessing\": true} or {\"aiProcessing\": false}.");
        }
        request.fieldNames().forEachRemaining(field -> {
            if (!"aiProcessing".equals(field)) {
                throw ApiException.badRequest("unknown_field", "Only \"aiProcessing\" can be changed here"
                        + " (a tier: PUT /api/v1/users/{id}/tier).");
            }
        });
        AppUser changed = users.updateAiProcessing(user.id(), request.get("aiProcessing").asBoolean())
                .orElseThrow(() -> ApiException.notFound("No user has the id " + user.id() + "."));
        log.info("User {} set AI processing to {}", changed.id(), changed.aiProcessing());
        reply(exchange, 200, UserAdminRoutes.describe(changed));
    }

    private void delete(Exchange exchange) {
        AppUser user = target(exchange, "delete");
        if (user.isAdmin() && users.countAdmins() <= 1) {
            throw ApiException.conflict("This is the only admin: make another user admin before deleting it.");
        }
        Map<String, Integer> removed = deletion.delete(user.id())
                .orElseThrow(() -> ApiException.notFound("No user has the id " + user.id() + "."));
        log.info("Deleted user {} and their data: {}", user.id(), removed);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", user.id());
        answer.put("deleted", true);
        answer.put("removed", removed);
        reply(exchange, 200, answer);
    }

    private void rotate(Exchange exchange) {
        AppUser user = target(exchange, "rotate the token of");
        String token = ApiTokens.generate();
        if (!users.updateTokenHash(user.id(), ApiTokens.hash(token))) {
            throw ApiException.notFound("No user has the id " + user.id() + ".");
        }
        log.info("Issued a new API token for user {}; the old one is revoked", user.id());
        Map<String, Object> answer = UserAdminRoutes.describe(user);
        answer.put("token", token); // the only time it is shown
        reply(exchange, 200, answer);
    }

    /** The user the path names: {@code me} is the caller; another user only for an admin. */
    private AppUser target(Exchange exchange, String verb) {
        AppUser caller = exchange.getMessage().getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
        String id = exchange.getMessage().getHeader("id", String.class);
        if (id == null || "me".equals(id) || id.equals(caller.id().toString())) {
            return caller;
        }
        UUID other = Ids.uuid(id, "user");
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("Only admins can " + verb + " another user.");
        }
        return users.findById(other).orElseThrow(() -> ApiException.notFound("No user has the id " + other + "."));
    }
}
