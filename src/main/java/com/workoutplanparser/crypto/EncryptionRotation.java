package com.workoutplanparser.crypto;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The rotation command's work: every stored plan text not under the primary key (an older key, or a legacy
 * plain value) is re-encrypted under it, a batch of rows at a time, while the service runs. Each row is updated
 * only if it still holds the value that was read, so a worker that writes the row meanwhile is never overwritten
 * (its value is under the primary key already). A value that cannot be decrypted (its key is not configured) is
 * left as it is and counted.
 */
@Component
@RequiredArgsConstructor
public class EncryptionRotation {

    private static final Logger log = LoggerFactory.getLogger(EncryptionRotation.class);

    /** One column holding encrypted text; {@code cast} is how a value becomes the column's type in SQL. */
    record Column(String table, String key, String keyType, String firstKey, String column, String cast, boolean json) {
        String name() {
            return table + "." + column;
        }
    }

    /** Every column the service encrypts (docs/privacy.md keeps the same list). */
    static final List<Column> COLUMNS = List.of(
            new Column("workout_import_log", "id", "uuid", "00000000-0000-0000-0000-000000000000", "raw_text", "text", false),
            new Column("workout_import_log", "id", "uuid", "00000000-0000-0000-0000-000000000000", "parsed_exercises", "jsonb", true),
            new Column("workout_plan", "id", "uuid", "00000000-0000-0000-0000-000000000000", "title", "text", false),
            new Column("workout_plan_exercise", "id", "bigint", "0", "source_text", "text", false),
            new Column("workout_plan_exercise", "id", "bigint", "0", "notes", "text", false),
            new Column("llm_reply_cache", "cache_key", "text", "", "reply", "text", false),
            new Column("intake_mail_reply", "id", "uuid", "00000000-0000-0000-0000-000000000000", "to_address", "text", false),
            new Column("intake_mail_reply", "id", "uuid", "00000000-0000-0000-0000-000000000000", "subject", "text", false));

    /** What a rotation did: rows re-encrypted per column, values left because no configured key reads them. */
    public record Result(String primaryKeyId, int keys, Map<String, Integer> reencrypted, int undecryptable) {
    }

    private final JdbcTemplate jdbc;
    private final PlanTextCipher cipher;
    private final StoredPlanJson storedJson;
    private final CryptoSettings settings;

    /** Re-reads the keys (a key added to the key file becomes usable), then re-encrypts what is not current. */
    public synchronized Result rotate() {
        cipher.reloadKeys();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] undecryptable = {0};
        for (Column c : COLUMNS) {
            counts.put(c.name(), c.json()
                    ? rotate(c, storedJson::isCurrent, storedJson::seal, undecryptable)
                    : rotate(c, cipher::isCurrent, v -> cipher.encrypt(cipher.decrypt(v)), undecryptable));
        }
        log.info("Encryption rotation to key {}: re-encrypted {}; {} value(s) under keys not configured",
                cipher.primaryKeyId(), counts, undecryptable[0]);
        return new Result(cipher.primaryKeyId(), cipher.keyCount(), counts, undecryptable[0]);
    }

    private int rotate(Column c, Predicate<String> current, UnaryOperator<String> reseal, int[] undecryptable) {
        String select = "select " + c.key() + "::text, " + c.column() + "::text from " + c.table()
                + " where " + c.key() + " > cast(? as " + c.keyType() + ") and " + c.column() + " is not null"
                + " order by " + c.key() + " limit ?";
        String update = "update " + c.table() + " set " + c.column() + " = cast(? as " + c.cast() + ")"
                + " where " + c.key() + " = cast(? as " + c.keyType() + ") and " + c.column() + " = cast(? as " + c.cast() + ")";
        String last = c.firstKey();
        int done = 0;
        while (true) {
            List<String[]> rows = jdbc.query(select, (rs, n) -> new String[]{rs.getString(1), rs.getString(2)}, last,
                    settings.rotationBatch());
            List<Object[]> changes = new java.util.ArrayList<>();
            for (String[] row : rows) {
                if (current.test(row[1])) {
                    continue;
                }
                try {
                    changes.add(new Object[]{reseal.apply(row[1]), row[0], row[1]});
                } catch (UndecryptableValueException e) {
                    undecryptable[0]++;
                }
            }
            // one round trip and one commit for the batch (the statements before one Sync are one transaction)
            for (int n : jdbc.batchUpdate(update, changes)) {
                done += Math.max(n, 0);
            }
            if (rows.size() < settings.rotationBatch()) {
                return done;
            }
            last = rows.get(rows.size() - 1)[0];
        }
    }
}
