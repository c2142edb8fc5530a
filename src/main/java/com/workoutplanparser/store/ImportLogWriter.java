package com.workoutplanparser.store;

import com.workoutplanparser.crypto.StoredPlanJson;
import com.workoutplanparser.plan.ImportResult;
import lombok.RequiredArgsConstructor;
import org.apache.camel.ExchangeProperty;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Writes an import's {@link ImportResult} to {@code workout_import_log} ({@link ImportLogSql}): the typed value the
 * pipeline decided, bound by name, so a step cannot store a status or id it did not decide.
 */
@Component("importLogWriter")
@RequiredArgsConstructor
public class ImportLogWriter {

    /** Spring Boot's, over the one JdbcTemplate: the same DataSource and transaction as every other store. */
    private final NamedParameterJdbcTemplate jdbc;
    private final StoredPlanJson storedJson;

    /**
     * reject-import: the outcome alone, one statement (the import's row itself when its intake was deferred); a late
     * attempt (no row in progress) is refused.
     */
    public void recordOutcome(@ExchangeProperty(ImportResult.PROPERTY) ImportResult result) {
        int updated = jdbc.queryForList(ImportLogSql.outcomeSql(result), parameters(result), UUID.class).size();
        ImportLogGuard.requireOutcomeRecorded(updated, result.importId());
    }

    /** record-failure: the FAILED result import-errors described. */
    public void recordFailure(@ExchangeProperty(ImportResult.PROPERTY) ImportResult result) {
        jdbc.update(ImportLogSql.failureSql(result), parameters(result));
    }

    /** A reviewer's decision on the import: STORED with the plan, or REJECTED with the reason. */
    public void recordReviewDecision(@ExchangeProperty(ImportResult.PROPERTY) ImportResult result) {
        jdbc.update(ImportLogSql.RECORD_REVIEW_DECISION, parameters(result));
    }

    /** The outcome statements' parameters, with the response's plan lines sealed (docs/privacy.md). */
    public MapSqlParameterSource parameters(ImportResult result) {
        return ImportLogSql.outcome(result, storedJson.seal(result.response(), result.responseJson()));
    }
}
