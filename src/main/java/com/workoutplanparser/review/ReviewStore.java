package com.workoutplanparser.review;

import com.workoutplanparser.crypto.PlanTextCipher;
import com.workoutplanparser.crypto.StoredPlanJson;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.store.ImportLogGuard;
import com.workoutplanparser.store.ImportLogWriter;
import lombok.RequiredArgsConstructor;
import org.apache.camel.ExchangeProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The review queue: its reads, the enqueueing of a NEEDS_REVIEW import and a reviewer's decision ({@link ReviewSql}). */
@Repository
@RequiredArgsConstructor
public class ReviewStore {

    /** A queue entry: enough to pick the next item, no plan text. */
    public record ReviewSummary(UUID id, UUID importId, UUID userId, String userName, String status, String reason,
                                String source, String sourceRef, Instant createdAt, UUID decidedBy,
                                Instant decidedAt, String decisionNote, UUID workoutPlanId) {
    }

    /** One item with what the reviewer needs: the text as sent and the stored parse of it, both decrypted. */
    public record ReviewDetail(ReviewSummary summary, String rawText, String parsedJson) {
    }

    /** Which part of the queue to read. Null user or source: any. */
    public record QueueFilter(String status, UUID userId, String source) {
    }

    private static final RowMapper<ReviewSummary> SUMMARY = (rs, n) -> summary(rs);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PlanTextCipher cipher;
    private final StoredPlanJson storedJson;
    private final ImportLogWriter importLog;

    /** enqueue-review: the import's NEEDS_REVIEW outcome and its PENDING item, one statement; a late attempt writes neither. */
    public void enqueue(@ExchangeProperty(ImportResult.PROPERTY) ImportResult result) {
        Integer recorded = named.queryForObject(ReviewSql.enqueueSql(result),
                ReviewSql.pending(result, importLog.parameters(result)), Integer.class);
        ImportLogGuard.requireOutcomeRecorded(recorded == null ? 0 : recorded, result.importId());
    }

    /** Records the decision on a PENDING item: 0 when another reviewer decided it first. */
    public int decide(ReviewDecision decision) {
        return named.update(ReviewSql.DECIDE, ReviewSql.decision(decision));
    }

    public List<ReviewSummary> list(QueueFilter filter, int limit, long offset) {
        return jdbc.query(ReviewSql.LIST, SUMMARY, filter.status(), filter.userId(), filter.userId(),
                filter.source(), filter.source(), limit, offset);
    }

    public long count(QueueFilter filter) {
        Long n = jdbc.queryForObject(ReviewSql.COUNT, Long.class, filter.status(), filter.userId(), filter.userId(),
                filter.source(), filter.source());
        return n == null ? 0 : n;
    }

    public Optional<ReviewDetail> find(UUID id) {
        return jdbc.query(ReviewSql.FIND, (rs, n) -> new ReviewDetail(summary(rs),
                cipher.decrypt(rs.getString("raw_text")), storedJson.open(rs.getString("parsed_exercises"))), id).stream().findFirst();
    }

    private static ReviewSummary summary(ResultSet rs) throws SQLException {
        return new ReviewSummary(rs.getObject("id", UUID.class), rs.getObject("import_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("user_name"), rs.getString("status"),
                rs.getString("reason"), rs.getString("source"), rs.getString("source_ref"),
                instant(rs, "created_at"), rs.getObject("decided_by", UUID.class), instant(rs, "decided_at"),
                rs.getString("decision_note"), rs.getObject("workout_plan_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
