package com.workoutplanparser.review;

/**
 * Every statement on {@code review_item}, in one place. The {@code :#${header…}} ones run inside routes
 * through camel-sql (see ImportLogSql for the parameter style); the {@code ?} ones are reads through
 * {@link ReviewStore}.
 */
public final class ReviewSql {

    private ReviewSql() {
    }

    public static final String INSERT_PENDING = """
            insert into review_item (id, import_id, user_id, status, reason)
            values (:#${header.workoutReviewId}, :#${header.workoutImportId}, :#${header.workoutUserId}, 'PENDING',
                    :#${header.workoutError})""";

    /**
     * Decides a pending item. Only one decision can win: a reviewer who comes second finds no PENDING row
     * (under READ COMMITTED the update waits for the first one's commit, then re-checks the status), so the
     * update count is 0 and the decision is refused with 409.
     */
    public static final String DECIDE = """
            update review_item
               set status = :#${header.workoutDecision}, decided_by = :#${header.workoutReviewerId},
                   decided_at = now(), decision_note = :#${header.workoutDecisionNote}
             where id = :#${header.workoutReviewId} and status = 'PENDING'""";

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
