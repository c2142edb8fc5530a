package com.workoutplanparser.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.crypto.PlanTextCipher;
import com.workoutplanparser.crypto.StoredPlanJson;
import com.workoutplanparser.store.PlanStore;
import com.workoutplanparser.web.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A user's right of access: everything the service keeps about them, as one JSON document: the user,
 * every import with its text and parsed result, the stored plans, the review items and the corrections made
 * on them, and the mail replies sent to them. Read in one repeatable snapshot so the parts agree.
 */
@Component
public class UserExport {

    private final JdbcTemplate jdbc;
    private final PlanStore plans;
    private final Json json;
    private final PlanTextCipher cipher;
    private final StoredPlanJson storedJson;
    private final org.springframework.transaction.support.TransactionTemplate snapshot;

    public UserExport(JdbcTemplate jdbc, PlanStore plans, Json json, PlanTextCipher cipher, StoredPlanJson storedJson,
                      org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.cipher = cipher;
        this.storedJson = storedJson;
        this.jdbc = jdbc;
        this.plans = plans;
        this.json = json;
        this.snapshot = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        snapshot.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public Map<String, Object> export(AppUser user) {
        return snapshot.execute(status -> read(user));
    }

    private Map<String, Object> read(AppUser user) {
        UUID id = user.id();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exportedAt", Instant.now());
        doc.put("user", jdbc.queryForObject("""
                select id, email, display_name, role, tier, ai_processing, created_at, token_issued_at
                  from app_user where id = ?""", (rs, n) -> {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("id", rs.getObject("id", UUID.class));
            u.put("email", rs.getString("email"));
            u.put("displayName", rs.getString("display_name"));
            u.put("role", rs.getString("role"));
            u.put("tier", rs.getString("tier"));
            u.put("aiProcessing", rs.getBoolean("ai_processing"));
            u.put("createdAt", instant(rs, "created_at"));
            u.put("tokenIssuedAt", instant(rs, "token_issued_at"));
            return u;
        }, id));
        doc.put("imports", jdbc.query("""
                select id, created_at, updated_at, status, source, source_ref, parent_ref, parser, input_tokens,
                       output_tokens, cost_usd, error, workout_plan_id, raw_text,
                       parsed_exercises::text as parsed, confidence_scores::text as scores
                  from workout_import_log where user_id = ? order by created_at, id""", this::importRow, id));
        List<UUID> planIds = jdbc.queryForList(
                "select id from workout_plan where user_id = ? order by created_at, id", UUID.class, id);
        doc.put("plans", planIds.stream().map(plans::find).flatMap(java.util.Optional::stream).toList());
        doc.put("reviews", jdbc.query("""
                select id, import_id, status, reason, decided_by, decided_at, decision_note, created_at
                  from review_item where user_id = ? order by created_at, id""", (rs, n) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", rs.getObject("id", UUID.class));
            r.put("importId", rs.getObject("import_id", UUID.class));
            r.put("status", rs.getString("status"));
            r.put("reason", rs.getString("reason"));
            r.put("decidedBy", rs.getObject("decided_by", UUID.class));
            r.put("decidedAt", instant(rs, "decided_at"));
            r.put("decisionNote", rs.getString("decision_note"));
            r.put("createdAt", instant(rs, "created_at"));
            return r;
        }, id));
        doc.put("corrections", jdbc.query("""
                select c.import_id, c.original_name, c.suggested_exercise_id, c.chosen_exercise_id, c.corrected_at
                  from match_correction c join workout_import_log l on l.id = c.import_id
                 where l.user_id = ? order by c.corrected_at, c.id""", (rs, n) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("importId", rs.getObject("import_id", UUID.class));
            c.put("originalName", rs.getString("original_name"));
            c.put("suggestedExerciseId", rs.getString("suggested_exercise_id"));
            c.put("chosenExerciseId", rs.getString("chosen_exercise_id"));
            c.put("correctedAt", instant(rs, "corrected_at"));
            return c;
        }, id));
        doc.put("mailReplies", jdbc.query("""
                select to_address, subject, status, notes, created_at, sent_at from intake_mail_reply
                 where import_ids && array(select id from workout_import_log where user_id = ?)
                 order by created_at, id""", (rs, n) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("to", cipher.decrypt(rs.getString("to_address"))); // stored encrypted (docs/privacy.md)
            m.put("subject", cipher.decrypt(rs.getString("subject")));
            m.put("status", rs.getString("status"));
            m.put("notes", List.of((String[]) rs.getArray("notes").getArray()));
            m.put("createdAt", instant(rs, "created_at"));
            m.put("sentAt", instant(rs, "sent_at"));
            return m;
        }, id));
        return doc;
    }

    private Map<String, Object> importRow(ResultSet rs, int n) throws SQLException {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", rs.getObject("id", UUID.class));
        i.put("createdAt", instant(rs, "created_at"));
        i.put("updatedAt", instant(rs, "updated_at"));
        i.put("status", rs.getString("status"));
        i.put("source", rs.getString("source"));
        i.put("sourceRef", rs.getString("source_ref"));
        i.put("parentRef", rs.getString("parent_ref"));
        i.put("parser", rs.getString("parser"));
        i.put("inputTokens", rs.getLong("input_tokens"));
        i.put("outputTokens", rs.getLong("output_tokens"));
        i.put("costUsd", rs.getBigDecimal("cost_usd"));
        i.put("error", rs.getString("error"));
        i.put("workoutPlanId", rs.getObject("workout_plan_id", UUID.class));
        i.put("text", planText(rs));
        i.put("result", jsonOrNull(storedJson.open(rs.getString("parsed"))));
        i.put("confidenceScores", jsonOrNull(rs.getString("scores")));
        return i;
    }

    /** Stored encrypted (docs/privacy.md); legacy plain rows read as they are. */
    private String planText(ResultSet rs) throws SQLException {
        return cipher.decrypt(rs.getString("raw_text"));
    }

    private JsonNode jsonOrNull(String text) {
        return text == null ? null : json.read(text);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
