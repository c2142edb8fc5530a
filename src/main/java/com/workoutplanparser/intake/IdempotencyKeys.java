package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.store.ImportLogStore;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiReply;
import com.workoutplanparser.web.Json;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code Idempotency-Key} on the parse endpoints: the first request with a key claims it for the import it is about
 * to record (the id is chosen here and recorded by {@link IntakeRecorder}); a retry with the same key (same user)
 * records nothing and gets that import back, as {@code GET /api/v1/imports/{id}} shows it: 200 once it has its
 * outcome, 202 while it is being parsed. Keys are kept per user in {@code idempotency_key}.
 */
@Component("idempotencyKeys")
@RequiredArgsConstructor
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** Exchange property: the id the import recorded by this request must get (read by IntakeRecorder). */
    public static final String PRESET_IMPORT_ID = "workout.presetImportId";
    /** Exchange property: the import an earlier request with the same key recorded. */
    public static final String REPLAY_OF = "workout.replayOf";

    /** A claim whose import never appeared this long after (its request failed before recording) is free again. */
    private static final int ABANDONED_SECONDS = 30;

    private final JdbcTemplate jdbc;
    private final ImportLogStore imports;
    private final Json json;

    /** Before recording: claims the caller's key, or finds the import it already stands for (REPLAY_OF). */
    public void claim(Exchange exchange) throws InterruptedException {
        var msg = exchange.getMessage();
        String key = msg.getHeader(HEADER, String.class);
        msg.removeHeader(HEADER);
        if (key == null || key.isBlank()) {
            return;
        }
        key = key.strip();
        if (key.length() > 255) {
            throw ApiException.badRequest("invalid_idempotency_key", "Idempotency-Key is at most 255 characters.");
        }
        UUID user = msg.getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class).id();
        UUID id = UUID.randomUUID();
        for (int attempt = 0; attempt < 50; attempt++) {
            if (jdbc.update("insert into idempotency_key (user_id, key, import_id) values (?, ?, ?) on conflict do nothing",
                    user, key, id) == 1) {
                exchange.setProperty(PRESET_IMPORT_ID, id);
                return;
            }
            List<Map<String, Object>> rows = jdbc.queryForList("select import_id, created_at < now() - make_interval(secs => ?)"
                    + " as abandoned from idempotency_key where user_id = ? and key = ?", ABANDONED_SECONDS, user, key);
            if (rows.isEmpty()) {
                continue; // dropped meanwhile: claim it
            }
            UUID earlier = (UUID) rows.get(0).get("import_id");
            if (earlier == null) {
                throw ApiException.conflict("This Idempotency-Key was used for another kind of request. Use a new key.");
            }
            if (imports.find(earlier).isPresent()) {
                exchange.setProperty(REPLAY_OF, earlier);
                return;
            }
            if (Boolean.TRUE.equals(rows.get(0).get("abandoned"))) {
                jdbc.update("delete from idempotency_key where user_id = ? and key = ? and import_id = ?", user, key, earlier);
                continue;
            }
            Thread.sleep(100); // the first request is recording its import right now
        }
        throw ApiException.conflict("A request with this Idempotency-Key is still being recorded. Retry in a few seconds.");
    }

    /**
     * After the request: a key claimed for a text that was refused before it was recorded ({@link PlanText}) is free
     * again at once, so a retry gets the same 400 instead of waiting for an import that will never appear.
     */
    public void releaseRefused(Exchange exchange) {
        UUID id = exchange.getProperty(PRESET_IMPORT_ID, UUID.class);
        if (id != null && exchange.getProperty(Exchange.EXCEPTION_CAUGHT) instanceof PlanText.InvalidText) {
            // the caller's header is gone with the error answer (no workout* header leaves); the submission stays
            UUID user = exchange.getProperty(IntakeSubmission.PROPERTY, IntakeSubmission.class).owner();
            jdbc.update("delete from idempotency_key where user_id = ? and import_id = ?", user, id);
        }
    }

    /** The answer to a retry: the earlier import as it stands now. */
    public void replay(Exchange exchange) {
        UUID id = exchange.getProperty(REPLAY_OF, UUID.class);
        var row = imports.find(id).orElseThrow(() -> ApiException.notFound("No import " + id + "."));
        var msg = exchange.getMessage();
        ObjectNode body;
        boolean done = ImportStatus.valueOf(row.status()).isFinal();
        if (done && row.parsedJson() != null) {
            body = (ObjectNode) json.read(row.parsedJson());
        } else {
            body = json.mapper().createObjectNode();
            body.put("importId", id.toString());
        }
        body.put("status", row.status());
        body.put("workoutPlanId", row.workoutPlanId() == null ? null : row.workoutPlanId().toString());
        body.put("reviewId", row.reviewId() == null ? null : row.reviewId().toString());
        if (row.error() != null) {
            body.put("error", row.error());
        }
        if (!done) {
            body.put("location", "/api/v1/imports/" + id);
            msg.setHeader("Location", "/api/v1/imports/" + id);
        }
        ApiReply.json(msg, done ? 200 : 202, json.write(body));
    }
}
