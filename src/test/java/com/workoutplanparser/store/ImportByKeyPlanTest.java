package com.workoutplanparser.store;

import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements that end or renew one import find it by its primary key, also when PostgreSQL's statistics say
 * the queue is short: a scan of the queue's partial index filtered by id costs the whole backlog per outcome.
 */
class ImportByKeyPlanTest extends AppTestBase {

    @Autowired
    private DataSource dataSource;

    @Test
    void anImportInProgressIsFoundByItsKeyWhateverTheQueueStatisticsSay() throws Exception {
        Map<String, String> statements = Map.of(
                "RECORD_OUTCOME", ImportLogSql.RECORD_OUTCOME,
                "RECORD_FAILURE", ImportLogSql.RECORD_FAILURE,
                "REQUEUE_UNSTARTED", ImportLogSql.REQUEUE_UNSTARTED,
                "RENEW_LEASE", ImportLogSql.RENEW_LEASE);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                // a copy of the table with its indexes, alone in this transaction, at an idle moment: many finished
                // imports, none queued, statistics taken then. The shared test database's own rows and statistics
                // vary with the tests before this one, so the real table could not show the same plan every time.
                try (Statement st = db.createStatement()) {
                    st.execute("create temporary table import_log_copy (like workout_import_log including all)"
                            + " on commit drop");
                    st.execute("""
                            insert into import_log_copy (id, user_id, raw_text, status, source, content_hash)
                            select gen_random_uuid(), gen_random_uuid(), 'x', 'STORED', 'test', 'h' || g
                              from generate_series(1, 2000) g""");
                    st.execute("analyze import_log_copy");
                }
                for (var statement : statements.entrySet()) {
                    String plan = explain(db, onTheCopy(statement.getValue()));
                    assertThat(plan).as(statement.getKey() + "\n" + plan).contains("Index Cond: (id = ");
                }
                // the same statement written plainly takes the queue's partial index: what the coalesce guards against
                String plain = explain(db, "update import_log_copy set updated_at = now()"
                        + " where id = :importId and status in ('RECEIVED', 'PROCESSING')");
                assertThat(plain).as(plain).doesNotContain("Index Cond: (id = ").contains("Filter: ");
            } finally {
                db.rollback();
            }
        }
    }

    private static String onTheCopy(String sql) {
        assertThat(sql).startsWith("update workout_import_log");
        return sql.replaceFirst("^update workout_import_log", "update import_log_copy");
    }

    /** The plan PostgreSQL picks for the statement, with a real id and placeholder values for the rest. */
    private static String explain(Connection db, String sql) throws Exception {
        List<String> names = new ArrayList<>();
        var named = java.util.regex.Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (named.find()) {
            names.add(named.group(1));
            named.appendReplacement(positional, "?");
        }
        named.appendTail(positional);
        boolean byName = !names.isEmpty();
        try (PreparedStatement ps = db.prepareStatement("explain " + positional)) {
            int count = ps.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= count; i++) {
                boolean isId = byName ? names.get(i - 1).equals("importId") : i == idPosition(sql);
                if (isId) {
                    ps.setObject(i, UUID.randomUUID());
                } else if (byName) {
                    ps.setNull(i, Types.OTHER); // what the update sets: not part of the lookup
                } else {
                    ps.setObject(i, "1", Types.OTHER); // a lease length, an instance: a NULL would make the plan empty
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** Which '?' is the id in a positional statement: the one of "id = ?". */
    private static int idPosition(String sql) {
        String before = sql.substring(0, sql.indexOf("where id = ?"));
        return (int) before.chars().filter(c -> c == '?').count() + 1;
    }
}
