package com.workoutplanparser.store;

/**
 * Every statement on {@code workout_import_log}, in one place. Routes use them through camel-sql
 * ({@code "sql:" + ImportLogSql.X}); parameters are simple expressions over the exchange's headers
 * (see {@link com.workoutplanparser.pipeline.ImportHeaders}). No '?' or '&' here: they would end the URI path.
 */
public final class ImportLogSql {

    private ImportLogSql() {
    }

    /** Recorded before anything else happens, so nothing accepted can vanish. */
    public static final String INSERT_RECEIVED = """
            insert into workout_import_log (id, user_id, raw_text, status, source, source_ref, content_hash)
            values (:#${header.workoutImportId}, :#${header.workoutUserId}, :#${body}, 'RECEIVED',
                    :#${header.workoutSource}, :#${header.workoutSourceRef}, :#${header.workoutContentHash})""";

    /** The outcome of a processed import, written in the same transaction as the plan or review item. */
    public static final String RECORD_OUTCOME = """
            update workout_import_log
               set status = :#${header.workoutStatus},
                   workout_plan_id = :#${header.workoutPlanId},
                   parsed_exercises = cast(:#${header.workoutResponseJson} as jsonb),
                   confidence_scores = cast(:#${header.workoutConfidenceJson} as jsonb),
                   parser = :#${header.workoutParser},
                   input_tokens = :#${header.workoutInputTokens},
                   output_tokens = :#${header.workoutOutputTokens},
                   cost_usd = :#${header.workoutCostUsd},
                   error = :#${header.workoutError},
                   updated_at = now()
             where id = :#${header.workoutImportId}""";

    public static final String RECORD_FAILURE = """
            update workout_import_log
               set status = 'FAILED', error = :#${header.workoutError},
                   parsed_exercises = cast(:#${header.workoutResponseJson} as jsonb), updated_at = now()
             where id = :#${header.workoutImportId}""";

    /** The import's side of a review decision: STORED with its plan, or REJECTED with the reviewer's reason. */
    public static final String RECORD_REVIEW_DECISION = """
            update workout_import_log
               set status = :#${header.workoutStatus},
                   workout_plan_id = :#${header.workoutPlanId},
                   error = coalesce(cast(:#${header.workoutError} as text), error),
                   updated_at = now()
             where id = :#${header.workoutImportId}""";

    /** For reads through JdbcTemplate: the import with its review item, if any. */
    public static final String FIND_BY_ID = """
            select l.id, l.user_id, l.status, l.workout_plan_id, l.parsed_exercises, l.error, l.source,
                   l.source_ref, l.created_at, l.updated_at, r.id as review_id
              from workout_import_log l left join review_item r on r.import_id = l.id
             where l.id = ?""";
}
