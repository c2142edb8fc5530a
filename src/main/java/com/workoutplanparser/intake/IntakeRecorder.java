package com.workoutplanparser.intake;

import com.workoutplanparser.config.ServiceSettings;
import com.workoutplanparser.crypto.PlanTextCipher;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.plan.DeferredIntake;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.store.ImportLogSql;
import com.workoutplanparser.user.ApiTokens;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.user.UserStore;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

/**
 * The work of {@code direct:intake}: resolves the owner, records the submission in workout_import_log
 * (once per owner and text when deduplicating) and says whether it is to be processed now.
 * Nothing here waits for a parser: queued imports are picked up by {@link ImportQueue}.
 */
@Component("intakeRecorder")
public class IntakeRecorder {

    private static final Logger log = LoggerFactory.getLogger(IntakeRecorder.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final UserStore users;
    private final QueueSettings queue;
    private final int maxChars;
    private final String defaultUser;
    private final PlanTextCipher cipher;
    private final ImportQueue workers;

    public IntakeRecorder(NamedParameterJdbcTemplate jdbc, UserStore users, QueueSettings queue, PlanTextCipher cipher,
                          ServiceSettings service, IntakeSettings intake, ImportQueue workers) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.users = users;
        this.queue = queue;
        this.cipher = cipher;
        this.maxChars = service.maxTextChars();
        this.defaultUser = intake.defaultUser();
    }

    public void record(Exchange exchange) {
        Message msg = exchange.getMessage();
        Object body = msg.getBody();
        String text = body instanceof byte[] bytes ? PlanText.fromBytes(bytes, maxChars)
                : PlanText.validate(msg.getBody(String.class), maxChars);
        msg.setBody(text);
        IntakeSubmission submission = exchange.getProperty(IntakeSubmission.PROPERTY, IntakeSubmission.class);
        if (submission == null) {
            submission = fromHeaders(exchange);
        }
        String hash = ApiTokens.hash(text);
        // an Idempotency-Key claimed this id for the import (IdempotencyKeys), so a retry finds it
        UUID preset = exchange.getProperty(IdempotencyKeys.PRESET_IMPORT_ID, UUID.class);
        UUID id = preset != null ? preset : UUID.randomUUID();
        boolean now = submission.processNow();
        ImportStatus status = now ? ImportStatus.PROCESSING : ImportStatus.RECEIVED;
        // stored encrypted (docs/privacy.md); the body keeps the plain text for the parse that may follow now
        String sealedText = cipher.encrypt(text);
        if (now && !submission.dedupe() && preset == null) {
            // processed now, nothing else refers to it yet: its row waits for its outcome (FairParses, DeferredIntake)
            exchange.setProperty(ImportResult.PROPERTY, ImportResult.unwritten(id, submission.owner(),
                    submission.source(), submission.sourceRef(),
                    new DeferredIntake(sealedText, hash, submission.parentRef(), queue.instanceId())));
            msg.setHeader(ImportHeaders.IMPORT_ID, id);
            msg.setHeader(IntakeHeaders.INTAKE_STATUS, status.name());
            return;
        }
        // left to the queue: held by this instance's workers at once when they have room, written PROCESSING under
        // their lease so that no claim has to update the row (ImportQueue#reserve). Not inside a transaction: the
        // worker must not start before the row is committed, nor on a row that is rolled back.
        ImportQueue.Place place = now || TransactionSynchronizationManager.isSynchronizationActive() ? null
                : workers.reserve(text.length());
        if (place != null) {
            status = ImportStatus.PROCESSING;
        }
        MapSqlParameterSource row = intakeRow(id, submission, sealedText, hash, now || place != null);
        boolean inserted = false;
        try {
            inserted = insert(submission, row, now);
        } finally {
            if (!inserted && place != null) {
                place.cancel(); // no row (a duplicate, or the insert failed): nothing to hold
            }
        }
        if (!inserted) {
            UUID earlier = jdbc.queryForObject(ImportLogSql.FIND_CONTENT, row, UUID.class);
            log.info("{} {} has the same text as import {}: not imported again", submission.source(),
                    submission.sourceRef(), earlier);
            msg.setHeader(ImportHeaders.IMPORT_ID, null);
            msg.setHeader(IntakeHeaders.DUPLICATE_OF, earlier);
            msg.setHeader(IntakeHeaders.INTAKE_STATUS, "DUPLICATE");
            return;
        }
        // the import's state from here on (process-import, or the caller): typed, from the submission alone
        ImportResult recorded = ImportResult.recorded(id, submission.owner(), submission.source(),
                submission.sourceRef(), status);
        exchange.setProperty(ImportResult.PROPERTY, recorded);
        // direct:intake's answer to the route that called it (docs/intake.md): the ops routes read headers. A held
        // import is RECEIVED there too: left to the queue's workers, which may have started it already
        msg.setHeader(ImportHeaders.IMPORT_ID, id);
        msg.setHeader(IntakeHeaders.INTAKE_STATUS, (now ? ImportStatus.PROCESSING : ImportStatus.RECEIVED).name());
        if (place != null) {
            workers.runRecorded(place, recorded, text, Instant.now());
        } else {
            queue.received(now);
        }
    }

    /** Inserts the submission's row; false when deduplicating found the owner's same text recorded before. */
    private boolean insert(IntakeSubmission submission, MapSqlParameterSource row, boolean processedNow) {
        if (submission.dedupe()) {
            return jdbc.update(ImportLogSql.INSERT_INTAKE_ONCE, row) > 0;
        }
        jdbc.update(insertStatement(processedNow), row);
        return true;
    }

    /**
     * Writes the row of an import whose intake was deferred, as {@link #record} would have: PROCESSING under a lease
     * when a parse worker is to run it (its caller may be answered 202 meanwhile), or RECEIVED, durably, for the queue
     * when its caller stopped waiting before it started. Returns the import as written.
     */
    public ImportResult writeDeferred(ImportResult unwritten, ImportStatus status) {
        DeferredIntake intake = unwritten.deferred();
        boolean processing = status == ImportStatus.PROCESSING;
        IntakeSubmission submission = new IntakeSubmission(unwritten.userId(), unwritten.source(),
                unwritten.sourceRef(), intake.parentRef(), false, processing);
        jdbc.update(insertStatement(processing),
                intakeRow(unwritten.importId(), submission, intake.sealedText(), intake.contentHash(), processing));
        return unwritten.written();
    }

    /** A caller waiting for the parse is answered only after a durable commit (ImportLogSql.INSERT_INTAKE_AWAITED). */
    private static String insertStatement(boolean processedNow) {
        return processedNow ? ImportLogSql.INSERT_INTAKE_AWAITED : ImportLogSql.INSERT_INTAKE;
    }

    /**
     * {@link #row} with the queue's columns: PROCESSING under this instance's lease when it is processed now or held
     * by this instance's workers, else RECEIVED.
     */
    private MapSqlParameterSource intakeRow(UUID id, IntakeSubmission submission, String sealedText, String hash,
                                            boolean underLease) {
        return row(id, submission, underLease ? ImportStatus.PROCESSING : ImportStatus.RECEIVED, sealedText, hash)
                .addValue("processNow", underLease, Types.BOOLEAN)
                .addValue("leaseSeconds", queue.leaseSeconds(), Types.INTEGER)
                .addValue("attempts", underLease ? 1 : 0, Types.INTEGER)
                .addValue("claimedBy", underLease ? queue.instanceId() : null, Types.VARCHAR);
    }

    /** The columns every recorded submission has, by name (ImportLogSql's intake statements). */
    private static MapSqlParameterSource row(UUID id, IntakeSubmission submission, ImportStatus status,
                                             String sealedText, String hash) {
        return new MapSqlParameterSource()
                .addValue("id", id, Types.OTHER)
                .addValue("owner", submission.owner(), Types.OTHER)
                .addValue("rawText", sealedText, Types.VARCHAR)
                .addValue("status", status.name(), Types.VARCHAR)
                .addValue("source", submission.source(), Types.VARCHAR)
                .addValue("sourceRef", submission.sourceRef(), Types.VARCHAR)
                .addValue("contentHash", hash, Types.VARCHAR)
                .addValue("parentRef", submission.parentRef(), Types.VARCHAR);
    }

    /** The submission as the folder, mail and ops routes describe it: in the workout* headers their routes set. */
    private IntakeSubmission fromHeaders(Exchange exchange) {
        Message msg = exchange.getMessage();
        UUID owner = owner(msg);
        String source = msg.getHeader(ImportHeaders.SOURCE, String.class);
        if (source == null || source.isBlank()) {
            source = exchange.getFromRouteId() == null ? "ops" : exchange.getFromRouteId();
        }
        return new IntakeSubmission(owner, source, msg.getHeader(ImportHeaders.SOURCE_REF, String.class),
                msg.getHeader(IntakeHeaders.PARENT_REF, String.class),
                msg.getHeader(IntakeHeaders.DEDUPE, !"rest".equals(source), Boolean.class),
                msg.getHeader(IntakeHeaders.PROCESS_NOW, false, Boolean.class));
    }

    /** The owner: workoutUserId, else workoutUserEmail, else the configured default user (else the first admin). */
    public UUID owner(Message msg) {
        Object id = msg.getHeader(ImportHeaders.USER_ID);
        if (id instanceof UUID uuid) {
            return uuid;
        }
        if (id != null && !id.toString().isBlank()) {
            try {
                return users.findById(UUID.fromString(id.toString().strip())).map(AppUser::id)
                        .orElseThrow(() -> new IntakeRejected("unknown_user", "No user has the id " + id + "."));
            } catch (IllegalArgumentException e) {
                throw new IntakeRejected("unknown_user", "workoutUserId '" + id + "' is not a user id.");
            }
        }
        String email = msg.getHeader(IntakeHeaders.USER_EMAIL, String.class);
        if (email != null && !email.isBlank()) {
            return users.findByEmail(email.strip()).map(AppUser::id)
                    .orElseThrow(() -> new IntakeRejected("unknown_user", "No user has the e-mail address " + email + "."));
        }
        return defaultUser();
    }

    /** workout.intake.default-user (an e-mail address), or the first admin when it is not set. */
    public UUID defaultUser() {
        if (!defaultUser.isEmpty()) {
            return users.findByEmail(defaultUser).map(AppUser::id).orElseThrow(() -> new IntakeRejected(
                    "unknown_user", "The default intake user " + defaultUser + " (INTAKE_DEFAULT_USER) does not exist."));
        }
        return users.findFirstAdmin().map(AppUser::id)
                .orElseThrow(() -> new IntakeRejected("unknown_user", "There is no user to own the import yet."));
    }

    /** Records a submission refused before parsing, so it has an import with its reason. */
    public UUID recordRefused(UUID owner, ImportStatus status, String source, String sourceRef, String parentRef,
                              byte[] content, String reason) {
        UUID id = UUID.randomUUID();
        String hash = ApiTokens.hash(content == null ? "" : new String(content, java.nio.charset.StandardCharsets.ISO_8859_1));
        IntakeSubmission refused = new IntakeSubmission(owner, source, sourceRef, parentRef, false, false);
        jdbc.update(ImportLogSql.INSERT_REJECTED, row(id, refused, status, cipher.encrypt(""), hash)
                .addValue("error", reason, Types.VARCHAR));
        return id;
    }

    public void recordFailure(String source, String sourceRef, String reason) {
        jdbc.getJdbcTemplate().update("insert into intake_failure (source, source_ref, reason) values (?, ?, ?)",
                source, sourceRef, reason);
    }
}
