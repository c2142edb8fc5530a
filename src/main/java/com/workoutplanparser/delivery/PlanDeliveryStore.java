package com.workoutplanparser.delivery;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** All SQL for {@code plan_delivery} (V70). */
@Repository
@RequiredArgsConstructor
public class PlanDeliveryStore {

    /** A delivery as the API shows it. */
    public record Delivery(UUID id, UUID planId, String target, String format, String status, int attempts,
                           Instant nextAttemptAt, String lastError, Instant createdAt, Instant deliveredAt) {
    }

    /** A claimed delivery: this instance sends it while its lease runs. */
    public record Claimed(UUID id, UUID planId, String target, String format, int attempt) {
    }

    private static final String CLAIM = """
            update plan_delivery set lease_until = now() + make_interval(secs => ?), attempts = attempts + 1
             where id in (select id from plan_delivery
                           where status = 'PENDING' and next_attempt_at <= now()
                             and (lease_until is null or lease_until < now())
                           order by next_attempt_at limit ?
                           for update skip locked)
            returning id, plan_id, target, format, attempts""";

    private final JdbcTemplate jdbc;

    /** One row per target; inside the transaction that stores the plan. A second call for the plan adds nothing. */
    public void insert(UUID planId, List<DeliveryTarget> targets) {
        for (DeliveryTarget t : targets) {
            jdbc.update("insert into plan_delivery (plan_id, target, format) values (?, ?, ?) on conflict do nothing",
                    planId, t.key(), t.format().id());
        }
    }

    public List<Claimed> claimDue(int limit, Duration lease) {
        return jdbc.query(CLAIM, (rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getString("target"), rs.getString("format"), rs.getInt("attempts")), lease.toSeconds(), limit);
    }

    public void delivered(UUID id) {
        jdbc.update("""
                update plan_delivery set status = 'DELIVERED', delivered_at = now(), lease_until = null, last_error = null
                 where id = ?""", id);
    }

    /** A failed attempt: tried again after {@code retryIn}, or FAILED when it was the last. The reason is kept. */
    public void attemptFailed(UUID id, String reason, boolean last, Duration retryIn) {
        jdbc.update("""
                update plan_delivery set status = ?, last_error = ?, lease_until = null,
                       next_attempt_at = now() + make_interval(secs => ?)
                 where id = ?""", last ? "FAILED" : "PENDING", reason, retryIn.toMillis() / 1000.0, id);
    }

    public List<Delivery> forPlan(UUID planId) {
        return jdbc.query("select * from plan_delivery where plan_id = ? order by created_at, target",
                PlanDeliveryStore::delivery, planId);
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getString("target"),
                rs.getString("format"), rs.getString("status"), rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
                rs.getString("last_error"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("delivered_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
