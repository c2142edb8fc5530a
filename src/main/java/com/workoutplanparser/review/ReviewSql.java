package com.workoutplanparser.review;

import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.store.ImportLogSql;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Types;

/**
 * Every statement on {@code review_item}, in one place. The writes take named parameters bound by
 * {@link #pending} and {@link #decision} and run through {@link ReviewStore}, as the reads ({@code ?}) do.
 */
public final class ReviewSql {

    private ReviewSql() {
    }

    /**
     * A NEEDS_REVIEW outcome: the import's outcome and its PENDING review item in one statement. The item is
     * inserted only from the import row that took the outcome (in progress, see {@link ImportLogSql#RECORD_OUTCOME}),
     * so a late attempt inserts nothing and the count it returns is 0.
     */
    static final String ENQUEUE = enqueue(ImportLogSql.RECORD_OUTCOME);

    /** The same for an import whose intake was deferred: its row, NEEDS_REVIEW, and its item, in one statement. */
    static final String ENQUEUE_WITH_IMPORT = enqueue(ImportLogSql.INSERT_WITH_OUTCOME);

    private static String enqueue(String outcomeSql) {
        return "with outcome as (\n" + outcomeSql + "),\n" + """
                pending as (
                    insert into review_item (id, import_id, user_id, status, reason)
                    select :reviewId, outcome.id, :userId, 'PENDING', cast(:error as text) from outcome)
                select count(*) from outcome""";
    }

    static String enqueueSql(ImportResult result) {
        return result.rowWritten() ? ENQUEUE : ENQUEUE_WITH_IMPORT;
    }

    /**
     * Decides a pending item. Only one decision can win: a reviewer who comes second finds no PENDING row
     * (under READ COMMITTED the update waits for the first one's commit, then re-checks the status), so the
     * update count is 0 and the decision is refused with 409.
     */
    static final String DECIDE = """
            update review_item
               set status = :verdict, decided_by = :reviewerId, decided_at = now(), decision_note = :note
             where id = :reviewId and status = 'PENDING'""";

    /** {@link #ENQUEUE}'s own parameters, added to the outcome's ({@link ImportLogSql#outcome}). */
    static MapSqlParameterSource pending(ImportResult result, MapSqlParameterSource outcome) {
        return outcome.addValue("reviewId", result.reviewId(), Types.OTHER)
                .addValue("userId", result.userId(), Types.OTHER);
    }

    static MapSqlParameterSource decision(ReviewDecision decision) {
        return new MapSqlParameterSource()
                .addValue("reviewId", decision.reviewId(), Types.OTHER)
                .addValue("verdict", decision.verdict().name(), Types.VARCHAR)
                .addValue("reviewerId", decision.reviewerId(), Types.OTHER)
                .addValue("note", decision.note(), Types.VARCHAR);
    }

    private static final String ITEM_COLUMNS = """
            select r.id, r.import_id, r.user_id, u.display_name as user_name, r.status, r.reason, r.created_at,
                   r.decided_by, r.decided_at, r.decision_note, l.source, l.source_ref, l.workout_plan_id""";

    private static final String QUEUE_FILTER = """
              from review_item r
              join workout_import_log l on l.id = r.import_id
              join app_user u on u.id = r.user_id
             where r.status = ?
               and (cast(? as uuid) is null or r.user_id = cast(? as uuid))
               and (cast(? as text) is null or l.source = cast(? as text))""";

    /** A page of the queue, oldest first (the id breaks ties so pages never overlap). */
    static final String LIST = ITEM_COLUMNS + "\n" + QUEUE_FILTER + "\n order by r.created_at, r.id limit ? offset ?";

    static final String COUNT = "select count(*)\n" + QUEUE_FILTER;

    static final String FIND = ITEM_COLUMNS + """
            , l.raw_text, l.parsed_exercises::text as parsed_exercises
              from review_item r
              join workout_import_log l on l.id = r.import_id
              join app_user u on u.id = r.user_id
             where r.id = ?""";
}
