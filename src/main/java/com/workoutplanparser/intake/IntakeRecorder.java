package com.workoutplanparser.intake;

import com.workoutplanparser.crypto.PlanTextCipher;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.store.ImportLogSql;
import com.workoutplanparser.user.ApiTokens;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.user.UserStore;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The work of {@code direct:intake}: resolves the owner, records the submission in workout_import_log
 * (once per owner and text when deduplicating) and says whether it is to be processed now.
 * Nothing here waits for a parser: queued imports are picked up by {@link ImportQueue}.
 */
@Component("intakeRecorder")
public class IntakeRecorder {

    private static final Logger log = LoggerFactory.getLogger(IntakeRecorder.class);

    private final JdbcTemplate jdbc;
    private final UserStore users;
    private final QueueSettings queue;
    private final int maxChars;
    private final String defaultUser;
    private final PlanTextCipher cipher;

    public IntakeRecorder(JdbcTemplate jdbc, UserStore users, QueueSettings queue, PlanTextCipher cipher,
                          @Value("${workout.max-text-chars}") int maxChars,
                          @Value("${workout.intake.default-user:}") String defaultUser) {
        this.jdbc = jdbc;
        this.users = users;
        this.queue = queue;
        this.cipher = cipher;
        this.maxChars = maxChars;
        this.defaultUser = defaultUser == null ? "" : defaultUser.strip();
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
        UUID owner = submission.owner();
        String source = submission.source();
        String sourceRef = submission.sourceRef();
        String parentRef = submission.parentRef();
        boolean now = submission.processNow();
        boolean dedupe = submission.dedupe();
        // the routes after this one read the import's state from these headers: set here, from the submission
        msg.setHeader(ImportHeaders.USER_ID, owner);
        msg.setHeader(ImportHeaders.SOURCE, source);
        msg.setHeader(ImportHeaders.SOURCE_REF, sourceRef);
        msg.setHeader(IntakeHeaders.PARENT_REF, parentRef);
        String hash = ApiTokens.hash(text);
        // an Idempotency-Key claimed this id for the import (IdempotencyKeys), so a retry finds it
        UUID preset = exchange.getProperty(IdempotencyKeys.PRESET_IMPORT_ID, UUID.class);
        UUID id = preset != null ? preset : UUID.randomUUID();
        msg.setHeader(ImportHeaders.CONTENT_HASH, hash);
        msg.setHeader(ImportHeaders.IMPORT_ID, id);
        String status = now ? "PROCESSING" : "RECEIVED";
        // stored encrypted (docs/privacy.md); the body keeps the plain text for the parse that may follow now
        Object[] row = {id, owner, cipher.encrypt(text), status, source, sourceRef, hash, parentRef,
                now, queue.leaseSeconds(), now ? 1 : 0, now ? queue.instanceId() : null};
        if (dedupe) {
            Object[] args = new Object[5 + row.length];
            args[0] = owner;
            args[1] = hash;
            args[2] = id;
            args[3] = source;
            args[4] = sourceRef;
            System.arraycopy(row, 0, args, 5, row.length);
            if (jdbc.update(ImportLogSql.INSERT_INTAKE_ONCE, args) == 0) {
                UUID earlier = jdbc.queryForObject(ImportLogSql.FIND_CONTENT, UUID.class, owner, hash);
                log.info("{} {} has the same text as import {}: not imported again", source, sourceRef, earlier);
                msg.setHeader(ImportHeaders.IMPORT_ID, null);
                msg.setHeader(IntakeHeaders.DUPLICATE_OF, earlier);
                msg.setHeader(IntakeHeaders.INTAKE_STATUS, "DUPLICATE");
                return;
            }
        } else {
            jdbc.update(ImportLogSql.INSERT_INTAKE, row);
        }
        msg.setHeader(IntakeHeaders.INTAKE_STATUS, status);
        queue.received(now);
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
    public UUID recordRefused(UUID owner, String status, String source, String sourceRef, String parentRef,
                              byte[] content, String reason) {
        UUID id = UUID.randomUUID();
        String hash = ApiTokens.hash(content == null ? "" : new String(content, java.nio.charset.StandardCharsets.ISO_8859_1));
        jdbc.update(ImportLogSql.INSERT_REJECTED, id, owner, cipher.encrypt(""), status, source, sourceRef, hash, parentRef, reason);
        return id;
    }

    public void recordFailure(String source, String sourceRef, String reason) {
        jdbc.update("insert into intake_failure (source, source_ref, reason) values (?, ?, ?)", source, sourceRef, reason);
    }
}
