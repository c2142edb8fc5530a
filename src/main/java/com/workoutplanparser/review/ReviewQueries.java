package com.workoutplanparser.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.review.ReviewStore.QueueFilter;
import com.workoutplanparser.review.ReviewStore.ReviewSummary;
import com.workoutplanparser.web.ApiCaller;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.Ids;
import com.workoutplanparser.web.Json;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reading the queue, for {@link ReviewQueryRoutes}: {@code GET /api/v1/reviews} and {@code GET /api/v1/reviews/{id}}. Reviewers see every
 * item; other users only their own (someone else's item is a 404, as if it did not exist).
 */
@Component
@RequiredArgsConstructor
public class ReviewQueries {

    private static final Set<String> STATUSES = Set.of("PENDING", "APPROVED", "REJECTED");

    private final ReviewStore reviews;
    private final Json json;
    private final ReviewSettings settings;
    private final Clock clock = Clock.systemUTC();

    /** Query parameters (as message headers): status (PENDING), userId, source, page (from 0), size. Oldest first. */
    public Map<String, Object> list(ApiCaller user, Message msg) {
        String status = msg.getHeader("status", "PENDING", String.class).strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw ApiException.badRequest("invalid_status", "status must be PENDING, APPROVED or REJECTED.");
        }
        UUID userId = userFilter(user, msg.getHeader("userId", String.class));
        String source = blankToNull(msg.getHeader("source", String.class));
        int page = number(msg.getHeader("page", String.class), 0, 0, Integer.MAX_VALUE, "page");
        int size = number(msg.getHeader("size", String.class), settings.pageSize(), 1, settings.maxPageSize(), "size");

        QueueFilter filter = new QueueFilter(status, userId, source);
        Instant now = clock.instant();
        List<Map<String, Object>> items = reviews.list(filter, size, (long) page * size).stream()
                .map(r -> summary(r, now)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("page", page);
        body.put("size", size);
        body.put("total", reviews.count(filter));
        return body;
    }

    /** One item: the summary, the raw text, the parsed plan with each exercise's match and alternatives. */
    public ObjectNode find(ApiCaller user, String reviewId) {
        UUID id = Ids.uuid(reviewId, "review");
        ReviewStore.ReviewDetail review = reviews.find(id)
                .filter(r -> user.isReviewer() || r.summary().userId().equals(user.id()))
                .orElseThrow(() -> ApiException.notFound("No review " + id + " is visible to you."));
        ObjectNode body = json.mapper().valueToTree(summary(review.summary(), clock.instant()));
        body.put("rawText", review.rawText());
        JsonNode parsed = review.parsedJson() == null ? json.mapper().createObjectNode() : json.read(review.parsedJson());
        body.set("parser", parsed.path("parser").isMissingNode() ? null : parsed.get("parser"));
        // provenance: whether an LLM read the plan, and which (null for imports stored before it was recorded)
        body.set("readBy", parsed.path("readBy").isMissingNode() ? null : parsed.get("readBy"));
        body.set("confidence", parsed.get("confidence"));
        body.set("days", parsed.has("days") ? parsed.get("days") : json.mapper().createArrayNode());
        body.set("unreadLines", parsed.has("unreadLines") ? parsed.get("unreadLines") : json.mapper().createArrayNode());
        body.set("notUnderstoodLines", parsed.has("notUnderstoodLines") ? parsed.get("notUnderstoodLines")
                : json.mapper().createArrayNode());
        return body;
    }

    private static UUID userFilter(ApiCaller user, String requested) {
        if (requested == null || requested.isBlank()) {
            return user.isReviewer() ? null : user.id();
        }
        UUID id = Ids.uuid(requested.strip(), "user");
        if (!user.isReviewer() && !id.equals(user.id())) {
            throw ApiException.forbidden("Only reviewers can see other users' reviews.");
        }
        return id;
    }

    private static Map<String, Object> summary(ReviewSummary r, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("importId", r.importId());
        m.put("userId", r.userId());
        m.put("userName", r.userName());
        m.put("status", r.status());
        m.put("reason", r.reason());
        m.put("source", r.source());
        m.put("sourceRef", r.sourceRef());
        m.put("createdAt", r.createdAt());
        m.put("ageSeconds", Math.max(0, Duration.between(r.createdAt(), now).toSeconds()));
        m.put("decidedBy", r.decidedBy());
        m.put("decidedAt", r.decidedAt());
        m.put("decisionNote", r.decisionNote());
        m.put("workoutPlanId", r.workoutPlanId());
        return m;
    }

    private static int number(String value, int fallback, int min, int max, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("invalid_" + name, name + " must be a whole number from " + min + " to " + max + ".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
