package com.workoutplanparser.store;

import com.workoutplanparser.crypto.StoredPlanJson;
import com.workoutplanparser.plan.DeferredIntake;
import com.workoutplanparser.plan.ImportResult;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Types;

/**
 * Every statement on {@code workout_import_log}, in one place. The outcome statements take named parameters
 * ({@code :status}), bound from the import's typed {@link ImportResult} by {@link #outcome} and nowhere else, and
 * run through {@link ImportLogWriter} (or inside {@link PlanStore}'s and the review queue's one-statement writes,
 * which start with {@link #RECORD_OUTCOME}); the rest take {@code ?} parameters through JdbcTemplate.
 *
 * <p>Plan text is stored encrypted (docs/privacy.md): {@code raw_text} by the intake's writers, the plan lines in
 * {@code parsed_exercises} sealed by {@link StoredPlanJson} on the way in; readers decrypt with
 * {@link com.workoutplanparser.crypto.PlanTextCipher#decrypt}.
 */
public final class ImportLogSql {

    private ImportLogSql() {
    }

    /**
     * "This import, while it is still in progress", found by its primary key. The status is compared through
     * {@code coalesce} (the column is NOT NULL, so it changes nothing) because the plain {@code status in (...)}
     * lets PostgreSQL's planner, once the table is analyzed with a short queue, pick the queue's partial index
     * ({@code idx_workout_import_log_queue}) and filter it by id: a scan of the whole backlog per outcome, which
     * turns draining 1,000 queued imports quadratic. The expression does not match the index's predicate, so the
     * lookup stays on the key (checked by {@code ImportByKeyPlanTest}).
     */
    static final String IN_PROGRESS_BY_ID = "id = :importId and coalesce(status, '') in ('RECEIVED', 'PROCESSING')";

    /**
     * The outcome of a processed import, written in the same statement as (or the transaction of) the plan or review
     * item. Only an import still in progress takes an outcome: when a worker's lease expired and another worker
     * finished the import first, this updates nothing and {@link ImportLogGuard} rolls the late attempt back.
     * Returns the import's id when it took the outcome, so a plan or review item can be inserted from it.
     */
    public static final String RECORD_OUTCOME = """
            update workout_import_log
               set status = :status,
                   workout_plan_id = :planId,
                   parsed_exercises = cast(:parsed as jsonb),
                   confidence_scores = cast(:confidence as jsonb),
                   parser = :parser,
                   input_tokens = :inputTokens,
                   output_tokens = :outputTokens,
                   cost_usd = :costUsd,
                   error = :error,
                   updated_at = now()
            """ + " where " + IN_PROGRESS_BY_ID + " returning id";

    /**
     * {@link #RECORD_OUTCOME} for an import whose intake was deferred ({@link ImportResult#rowWritten()} false): its
     * row is inserted with the outcome, so a synchronous parse run at once writes its import once, in the statement
     * (and the one durable commit) that stores its plan or review item, instead of an insert, a commit and an update
     * through every index of the table. Returns the id as RECORD_OUTCOME does.
     */
    public static final String INSERT_WITH_OUTCOME = """
            insert into workout_import_log (id, user_id, raw_text, source, source_ref, content_hash, parent_ref,
                                            attempts, claimed_by, status, workout_plan_id, parsed_exercises,
                                            confidence_scores, parser, input_tokens, output_tokens, cost_usd, error)
            values (:importId, :owner, :rawText, :source, :sourceRef, :contentHash, :parentRef, 1, :claimedBy,
                    :status, :planId, cast(:parsed as jsonb), cast(:confidence as jsonb), :parser, :inputTokens,
                    :outputTokens, :costUsd, :error)
            returning id""";

    /** The outcome statement for this import: its row updated, or inserted with the outcome when it was deferred. */
    public static String outcomeSql(ImportResult result) {
        return result.rowWritten() ? RECORD_OUTCOME : INSERT_WITH_OUTCOME;
    }

    /** A failure while processing: the reason, and the FAILED response the caller got. */
    public static final String RECORD_FAILURE = """
            update workout_import_log
               set status = :status, error = :error, parsed_exercises = cast(:parsed as jsonb), updated_at = now()
            """ + " where " + IN_PROGRESS_BY_ID;

    /** The failure of an import whose intake was deferred: its row, FAILED with the reason. */
    public static final String INSERT_FAILURE = """
            insert into workout_import_log (id, user_id, raw_text, source, source_ref, content_hash, parent_ref,
                                            attempts, claimed_by, status, error, parsed_exercises)
            values (:importId, :owner, :rawText, :source, :sourceRef, :contentHash, :parentRef, 1, :claimedBy,
                    :status, :error, cast(:parsed as jsonb))""";

    public static String failureSql(ImportResult result) {
        return result.rowWritten() ? RECORD_FAILURE : INSERT_FAILURE;
    }

    /** The import's side of a review decision: STORED with its plan, or REJECTED with the reviewer's reason. */
    public static final String RECORD_REVIEW_DECISION = """
            update workout_import_log
               set status = :status,
                   workout_plan_id = :planId,
                   error = coalesce(cast(:error as text), error),
                   updated_at = now()
             where id = :importId""";

    /**
     * The parameters of the statements above, from the import's result: the one place that names them. A deferred
     * intake adds its row's columns.
     *
     * @param sealedResponse the response JSON with its plan lines encrypted ({@link StoredPlanJson#seal})
     */
    public static MapSqlParameterSource outcome(ImportResult result, String sealedResponse) {
        MapSqlParameterSource params = outcomeColumns(result, sealedResponse);
        DeferredIntake intake = result.deferred();
        if (intake != null) {
            params.addValue("owner", result.userId(), Types.OTHER)
                    .addValue("rawText", intake.sealedText(), Types.VARCHAR)
                    .addValue("source", result.source(), Types.VARCHAR)
                    .addValue("sourceRef", result.sourceRef(), Types.VARCHAR)
                    .addValue("contentHash", intake.contentHash(), Types.VARCHAR)
                    .addValue("parentRef", intake.parentRef(), Types.VARCHAR)
                    .addValue("claimedBy", intake.processedBy(), Types.VARCHAR);
        }
        return params;
    }

    private static MapSqlParameterSource outcomeColumns(ImportResult result, String sealedResponse) {
        return new MapSqlParameterSource()
                .addValue("importId", result.importId(), Types.OTHER)
                .addValue("status", result.status().name(), Types.VARCHAR)
                .addValue("planId", result.planId(), Types.OTHER)
                .addValue("parsed", sealedResponse, Types.VARCHAR)
                .addValue("confidence", result.confidenceJson(), Types.VARCHAR)
                .addValue("parser", result.parser(), Types.VARCHAR)
                .addValue("inputTokens", result.inputTokens(), Types.BIGINT)
                .addValue("outputTokens", result.outputTokens(), Types.BIGINT)
                .addValue("costUsd", result.costUsd(), Types.DOUBLE)
                .addValue("error", result.error(), Types.VARCHAR);
    }

    /** For reads through JdbcTemplate: the import with its review item, if any. */
    public static final String FIND_BY_ID = """
            select l.id, l.user_id, l.status, l.workout_plan_id, l.parsed_exercises, l.error, l.source,
                   l.source_ref, l.created_at, l.updated_at, r.id as review_id
              from workout_import_log l left join review_item r on r.import_id = l.id
             where l.id = ?""";

    // ---- Intake (named parameters, bound by intake/IntakeRecorder) ----

    /** One submission's row; the statements below insert it alone, once per text, or for a waiting caller. */
    private static final String INTAKE_ROW = """
            insert into workout_import_log (id, user_id, raw_text, status, source, source_ref, content_hash,
                                            parent_ref, lease_until, attempts, claimed_by)
            select :id, :owner, :rawText, :status, :source, :sourceRef, :contentHash, :parentRef,
                   case when :processNow then now() + make_interval(secs => :leaseSeconds) end, :attempts,
                   :claimedBy
            """;

    /** A submission, recorded RECEIVED (queued for a worker) or PROCESSING (processed at once, under a lease). */
    public static final String INSERT_INTAKE = INTAKE_ROW;

    /**
     * The same, but only when the owner has not submitted this text before: both inserts are one statement,
     * so two instances racing on one file record it once. No row inserted means a duplicate.
     */
    public static final String INSERT_INTAKE_ONCE = """
            with seen as (
                insert into intake_content (owner_id, content_hash, import_id, source, source_ref)
                values (:owner, :contentHash, :id, :source, :sourceRef)
                on conflict do nothing
                returning import_id)
            """ + INTAKE_ROW + "  from seen";

    /**
     * A synchronous submission (parsed now, its caller waiting): the same row, committed without waiting for the
     * WAL to reach the disk. Nobody has been answered yet, and every answer the caller can get comes after a
     * durable commit that flushes this row with it: the outcome (STORED, NEEDS_REVIEW, REJECTED, FAILED), or
     * {@link #MAKE_DURABLE} before a 202. A crash in between loses a submission nobody was told about, which its
     * client sends again. {@code set_config(..., true)} lasts for this statement's own transaction only.
     */
    public static final String INSERT_INTAKE_AWAITED = """
            with awaited as (select set_config('synchronous_commit', 'off', true))
            """ + INTAKE_ROW + "  from awaited";

    /** A durable commit that takes an {@link #INSERT_INTAKE_AWAITED} row to the disk before its id is answered. */
    public static final String MAKE_DURABLE = """
            update workout_import_log set updated_at = updated_at where id = ?""";

    public static final String FIND_CONTENT = """
            select import_id from intake_content where owner_id = :owner and content_hash = :contentHash""";

    /** A submission refused before parsing (unreadable file…): recorded with its reason, never queued. */
    public static final String INSERT_REJECTED = """
            insert into workout_import_log (id, user_id, raw_text, status, source, source_ref, content_hash,
                                            parent_ref, error)
            values (:id, :owner, :rawText, :status, :source, :sourceRef, :contentHash, :parentRef, :error)""";

    // ---- The work queue (JdbcTemplate, '?' parameters) ----

    /**
     * A worker claims up to N waiting imports: RECEIVED ones, and PROCESSING ones whose lease expired (their
     * worker died). SKIP LOCKED lets several instances claim at once without waiting for or taking each other's rows.
     * The claim commits without waiting for the disk ({@code set_config(..., true)}, this statement's transaction
     * only): nobody acts on a claim but its worker, whose outcome commits durably and so flushes the claim with it; a
     * claim a crash loses leaves its import RECEIVED, claimed again after the restart. The worker starts at once
     * instead of after a WAL flush.
     */
    public static final String CLAIM = """
            update workout_import_log
               set status = 'PROCESSING', lease_until = now() + make_interval(secs => ?),
                   attempts = attempts + 1, claimed_by = ?, updated_at = now()
              from (select set_config('synchronous_commit', 'off', true)) as claim_not_awaited
             where id in (select id from workout_import_log
                           where (status = 'RECEIVED' or (status = 'PROCESSING' and lease_until < now()))
                             and attempts < ?
                           order by created_at
                           limit ?
                           for update skip locked)
            returning id, user_id, raw_text, source, source_ref, content_hash, parent_ref, attempts, created_at""";

    /**
     * A synchronous parse that never started before its caller stopped waiting goes back to the queue, where any
     * instance's workers take it as if it had been sent with {@code ?async=true}.
     */
    public static final String REQUEUE_UNSTARTED = """
            update workout_import_log set status = 'RECEIVED', lease_until = null, claimed_by = null, attempts = 0,
                   updated_at = now()
             where id = ? and coalesce(status, '') = 'PROCESSING'""";  // by the key: see IN_PROGRESS_BY_ID

    /**
     * An import an instance held and never started, given back as it stops: RECEIVED for any instance's workers, its
     * attempt not counted (it was never tried).
     */
    public static final String RELEASE_UNSTARTED = """
            update workout_import_log set status = 'RECEIVED', lease_until = null, claimed_by = null,
                   attempts = greatest(attempts - 1, 0), updated_at = now()
             where id = ? and coalesce(status, '') = 'PROCESSING' and claimed_by = ?""";  // by the key: see IN_PROGRESS_BY_ID

    /** Keeps a long parse's lease (an LLM can be slow) while its worker is alive. */
    public static final String RENEW_LEASE = """
            update workout_import_log set lease_until = now() + make_interval(secs => ?)
             where id = ? and coalesce(status, '') = 'PROCESSING' and claimed_by = ?""";  // by the key: see IN_PROGRESS_BY_ID

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
