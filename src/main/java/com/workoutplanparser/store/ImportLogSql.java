package com.workoutplanparser.store;

/**
 * Every statement on {@code workout_import_log}, in one place. Routes use them through camel-sql
 * ({@code "sql:" + ImportLogSql.X}); parameters are simple expressions over the exchange's headers
 * (see {@link com.workoutplanparser.flow.ImportHeaders}). No '?' or '&' here: they would end the URI path.
 *
 * <p>Plan text is stored encrypted (docs/privacy.md): {@code raw_text} by the intake's writers, the plan lines in
 * {@code parsed_exercises} by {@code storedPlanJson} on the way in; readers decrypt with
 * {@link com.workoutplanparser.crypto.PlanTextCipher#decrypt}.
 */
public final class ImportLogSql {

    private ImportLogSql() {
    }

    /**
     * The outcome of a processed import, written in the same transaction as the plan or review item. Only an
     * import still in progress takes an outcome: when a worker's lease expired and another worker finished the
     * import first, this updates nothing and {@link ImportLogGuard} rolls the late attempt back.
     */
    public static final String RECORD_OUTCOME = """
            update workout_import_log
               set status = :#${header.workoutStatus},
                   workout_plan_id = :#${header.workoutPlanId},
                   parsed_exercises = cast(:#${bean:storedPlanJson.sealResponse} as jsonb),
                   confidence_scores = cast(:#${header.workoutConfidenceJson} as jsonb),
                   parser = :#${header.workoutParser},
                   input_tokens = :#${header.workoutInputTokens},
                   output_tokens = :#${header.workoutOutputTokens},
                   cost_usd = :#${header.workoutCostUsd},
                   error = :#${header.workoutError},
                   updated_at = now()
             where id = :#${header.workoutImportId} and status in ('RECEIVED', 'PROCESSING')""";

    public static final String RECORD_FAILURE = """
            update workout_import_log
               set status = 'FAILED', error = :#${header.workoutError},
                   parsed_exercises = cast(:#${bean:storedPlanJson.sealResponse} as jsonb), updated_at = now()
             where id = :#${header.workoutImportId} and status in ('RECEIVED', 'PROCESSING')""";

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

    // ---- Intake and the work queue (JdbcTemplate, '?' parameters) ----

    /** A submission, recorded RECEIVED (queued for a worker) or PROCESSING (processed at once, under a lease). */
    public static final String INSERT_INTAKE = """
            insert into workout_import_log (id, user_id, raw_text, status, source, source_ref, content_hash,
                                            parent_ref, lease_until, attempts, claimed_by)
            values (?, ?, ?, ?, ?, ?, ?, ?,
                    case when ? then now() + make_interval(secs => ?) end, ?, ?)""";

    /**
     * The same, but only when the owner has not submitted this text before: both inserts are one statement,
     * so two instances racing on one file record it once. No row inserted means a duplicate.
     */
    public static final String INSERT_INTAKE_ONCE = """
            with seen as (
                insert into intake_content (owner_id, content_hash, import_id, source, source_ref)
                values (?, ?, ?, ?, ?)
                on conflict do nothing
                returning import_id)
            insert into workout_import_log (id, user_id, raw_text, status, source, source_ref, content_hash,
                                            parent_ref, lease_until, attempts, claimed_by)
            select ?, ?, ?, ?, ?, ?, ?, ?,
                   case when ? then now() + make_interval(secs => ?) end, ?, ?
              from seen""";

    public static final String FIND_CONTENT = """
            select import_id from intake_content where owner_id = ? and content_hash = ?""";

    /** A submission refused before parsing (unreadable file…): recorded with its reason, never queued. */
    public static final String INSERT_REJECTED = """
            insert into workout_import_log (id, user_id, raw_text, status, source, source_ref, content_hash,
                                            parent_ref, error)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * A worker claims up to N waiting imports: RECEIVED ones, and PROCESSING ones whose lease expired (their
     * worker died). SKIP LOCKED lets several instances claim at once without waiting for or taking each other's rows.
     */
    public static final String CLAIM = """
            update workout_import_log
               set status = 'PROCESSING', lease_until = now() + make_interval(secs => ?),
                   attempts = attempts + 1, claimed_by = ?, updated_at = now()
             where id in (select id from workout_import_log
                           where (status = 'RECEIVED' or (status = 'PROCESSING' and lease_until < now()))
                             and attempts < ?
                           order by created_at
                           limit ?
                           for update skip locked)
            returning id, user_id, raw_text, source, source_ref, content_hash, parent_ref, attempts, created_at""";

    /** Keeps a long parse's lease (an LLM can be slow) while its worker is alive. */
    public static final String RENEW_LEASE = """
            update workout_import_log set lease_until = now() + make_interval(secs => ?)
             where id = ? and status = 'PROCESSING' and claimed_by = ?""";

    /** Imports whose workers died max-attempts times are not tried again. */
    public static final String GIVE_UP = """
            update workout_import_log
               set status = 'FAILED', updated_at = now(),
                   error = 'Processing was interrupted ' || attempts || ' times (the service stopped while parsing); not tried again.'
             where id in (select id from workout_import_log
                           where status = 'PROCESSING' and lease_until < now() and attempts >= ?
                           for update skip locked)
            returning id, source""";

    public static final String QUEUE_DEPTH = """
            select count(*) from workout_import_log where status in ('RECEIVED', 'PROCESSING')""";

    /** Imports with a parent (a mail's Message-ID, a batch id), for summaries. */
    public static final String FIND_BY_IDS = """
            select l.id, l.status, l.source_ref, l.error, l.workout_plan_id, r.id as review_id
              from workout_import_log l left join review_item r on r.import_id = l.id
             where l.id = any(?) order by l.created_at, l.source_ref""";
}
