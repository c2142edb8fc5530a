package com.workoutplanparser.store;

import com.workoutplanparser.crypto.StoredPlanJson;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** Reads of {@code workout_import_log} (outcomes are written by {@link ImportLogWriter}, see {@link ImportLogSql}). */
@Repository
@RequiredArgsConstructor
public class ImportLogStore {

    /** One import as the API shows it. {@code parsedJson} is the stored response (decrypted), null until processed. */
    public record ImportRow(UUID id, UUID userId, String status, UUID workoutPlanId, UUID reviewId,
                            String parsedJson, String error, String source) {
    }

    private final JdbcTemplate jdbc;
    private final StoredPlanJson storedJson;

    public Optional<ImportRow> find(UUID id) {
        return jdbc.query(ImportLogSql.FIND_BY_ID, (rs, n) -> new ImportRow(
                rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("status"),
                rs.getObject("workout_plan_id", UUID.class), rs.getObject("review_id", UUID.class),
                storedJson.open(rs.getString("parsed_exercises")), rs.getString("error"), rs.getString("source")), id)
                .stream().findFirst();
    }
}
