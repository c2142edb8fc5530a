package com.workoutplanparser.retention;

/** The retention deletes, in one place. Every one takes the cutoff (a timestamp) as its first parameter. */
final class RetentionSql {

    private RetentionSql() {
    }

    /**
     * A batch of old imports with what hangs on them, in one statement: their review items (match corrections
     * keep their learning, unlinked: V51), their content-dedupe and Idempotency-Key rows. Their stored plans stay,
     * unlinked (workout_plan.import_id is set null, V51). Imports still queued or being parsed are left alone.
     */
    static final String PURGE_IMPORTS = """
            with old as (
                select id from workout_import_log
                 where created_at < ? and status not in ('RECEIVED', 'PROCESSING')
                 order by created_at limit ?
                 for update skip locked),
            reviews as (delete from review_item where import_id in (select id from old) returning 1),
            contents as (delete from intake_content where import_id in (select id from old) returning 1),
            keys as (delete from idempotency_key where import_id in (select id from old) returning 1),
            imports as (delete from workout_import_log where id in (select id from old) returning 1)
            select (select count(*) from imports) as imports, (select count(*) from reviews) as reviews""";

    static final String PURGE_REPLY_CACHE = "delete from llm_reply_cache where created_at < ?";

    /** Mail replies are kept for the record once sent or given up; the address and subject go with them. */
    static final String PURGE_MAIL_REPLIES = "delete from intake_mail_reply where created_at < ? and status <> 'PENDING'";

    static final String PURGE_INTAKE_FAILURES = "delete from intake_failure where created_at < ?";

    /** Keys of batches (no import id) age out with the rest. */
    static final String PURGE_IDEMPOTENCY_KEYS = "delete from idempotency_key where created_at < ?";
}
