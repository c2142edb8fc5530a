package com.workoutplanparser.store;

import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synchronous submission is committed without waiting for the disk (ImportLogSql.INSERT_INTAKE_AWAITED), and
 * only that one statement: the pooled connection it ran on goes back with durable commits, or every later write on
 * it (an outcome, a review decision) would be as easy to lose.
 */
class AwaitedIntakeCommitTest extends AppTestBase {

    @Test
    void theRelaxedCommitEndsWithItsOwnStatement() {
        UUID owner = jdbc.queryForObject("select id from app_user order by created_at limit 1", UUID.class);
        UUID id = UUID.randomUUID();
        String after = jdbc.execute((ConnectionCallback<String>) con -> {
            // the tests' embedded PostgreSQL runs with synchronous_commit=off (durable-commits: false); the service's default is on
            try (Statement st = con.createStatement()) {
                st.execute("set synchronous_commit = on");
            }
            NamedParameterJdbcTemplate single = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(con, true));
            single.update(ImportLogSql.INSERT_INTAKE_AWAITED, new MapSqlParameterSource()
                    .addValue("id", id).addValue("owner", owner)
                    .addValue("rawText", cipher.encrypt("Squat 3x5"), Types.VARCHAR)
                    .addValue("status", "PROCESSING", Types.VARCHAR).addValue("source", "rest", Types.VARCHAR)
                    .addValue("sourceRef", null, Types.VARCHAR).addValue("contentHash", "h-" + id, Types.VARCHAR)
                    .addValue("parentRef", null, Types.VARCHAR).addValue("processNow", true, Types.BOOLEAN)
                    .addValue("leaseSeconds", 60, Types.INTEGER).addValue("attempts", 1, Types.INTEGER)
                    .addValue("claimedBy", "test", Types.VARCHAR));
            try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery("show synchronous_commit")) {
                rs.next();
                return rs.getString(1);
            } finally {
                try (Statement st = con.createStatement()) {
                    st.execute("reset synchronous_commit");
                }
            }
        });
        assertThat(after).isEqualTo("on");
        assertThat(jdbc.queryForObject("select status from workout_import_log where id = ?", String.class, id))
                .isEqualTo("PROCESSING");
        assertThat(jdbc.update(ImportLogSql.MAKE_DURABLE, id)).isEqualTo(1);
    }

    @Test
    void aClaimCommitsWithoutWaitingForTheDisk_andOnlyItsOwnTransactionDoes() {
        UUID owner = jdbc.queryForObject("select id from app_user order by created_at limit 1", UUID.class);
        UUID id = UUID.randomUUID();
        String[] seen = jdbc.execute((ConnectionCallback<String[]>) con -> {
            try (Statement st = con.createStatement()) {
                st.execute("set synchronous_commit = on");
                con.setAutoCommit(false);
                // the oldest waiting import, visible to this transaction alone: the claim takes it and no other
                st.execute("insert into workout_import_log (id, user_id, raw_text, status, source, content_hash, created_at)"
                        + " values ('" + id + "', '" + owner + "', 'x', 'RECEIVED', 'rest', 'h', '2000-01-01')");
                String claimed = new org.springframework.jdbc.core.JdbcTemplate(new SingleConnectionDataSource(con, true))
                        .queryForObject(ImportLogSql.CLAIM, (rs, n) -> rs.getString("id"), 60, "test", 3, 1);
                String inClaim = show(st);
                con.rollback();
                con.setAutoCommit(true);
                String afterwards = show(st);
                st.execute("reset synchronous_commit");
                return new String[] {claimed, inClaim, afterwards};
            }
        });
        assertThat(seen).containsExactly(id.toString(), "off", "on");
    }

    private static String show(Statement st) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery("show synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
