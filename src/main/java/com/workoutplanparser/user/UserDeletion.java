package com.workoutplanparser.user;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's right to be forgotten: removes the user and everything that refers to them or to their imports, in
 * one transaction (all or nothing), children before parents. The list follows every foreign key to
 * {@code app_user}, {@code workout_import_log}, {@code workout_plan} and {@code review_item} in the migrations;
 * {@code UserRightsApiTest} checks the schema for keys and id columns this list missed, so a new table is not forgotten.
 * <p>
 * What stays: the catalog (aliases learned from the user's corrections are the catalog's, no longer theirs),
 * the LLM reply cache (keyed by a hash of the text, not by user; retention purges it), intake failures that
 * never had an owner. Reviews this user decided on other users' imports keep the decision, without the
 * decider; the corrections they made there are removed with them.
 */
@Component
@RequiredArgsConstructor
public class UserDeletion {

    /** Each step: what it removes (the answer's key) and its SQL, with the user id for every {@code ?}. */
    private static final String[][] STEPS = {
            {"matchCorrections", """
                    delete from match_correction
                     where corrected_by = ?
                        or import_id in (select id from workout_import_log where user_id = ?)
                        or review_id in (select id from review_item where user_id = ?)"""},
            {"reviewDecisionsKept", "update review_item set decided_by = null where decided_by = ? and user_id <> ?"},
            {"reviews", """
                    delete from review_item
                     where user_id = ? or import_id in (select id from workout_import_log where user_id = ?)"""},
            {"mailReplies", """
                    delete from intake_mail_reply
                     where import_ids && array(select id from workout_import_log where user_id = ?)"""},
            {"idempotencyKeys", "delete from idempotency_key where user_id = ?"},
            {"intakeContent", "delete from intake_content where owner_id = ?"},
            // plans and imports point at each other: unlink first
            {"plansUnlinked", """
                    update workout_plan set import_id = null
                     where user_id = ? or import_id in (select id from workout_import_log where user_id = ?)"""},
            {"imports", "delete from workout_import_log where user_id = ?"},
            {"plans", "delete from workout_plan where user_id = ?"}, // days and exercises cascade
    };

    private final JdbcTemplate jdbc;
    private final UserStore users;
    /** Spring Boot's, over the one transaction manager (shared: nothing here changes its settings). */
    private final TransactionTemplate transactions;

    /** What was removed, by kind; empty when there is no such user. */
    public Optional<Map<String, Integer>> delete(UUID userId) {
        try {
            return transactions.execute(status -> {
                // the row lock keeps a concurrent deletion or rotation of the same user from interleaving
                if (jdbc.queryForList("select id from app_user where id = ? for update", userId).isEmpty()) {
                    return Optional.empty();
                }
                Map<String, Integer> removed = new LinkedHashMap<>();
                for (String[] step : STEPS) {
                    int params = (int) step[1].chars().filter(c -> c == '?').count();
                    Object[] args = new Object[params];
                    java.util.Arrays.fill(args, userId);
                    removed.put(step[0], jdbc.update(step[1], args));
                }
                removed.put("users", users.delete(userId) ? 1 : 0);
                return Optional.of(removed);
            });
        } finally {
            // after the commit (or the rollback): no cached token of the user outlives this call
            users.forgetCachedTokens(userId);
        }
    }
}
