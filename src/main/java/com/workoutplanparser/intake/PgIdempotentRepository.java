package com.workoutplanparser.intake;

import lombok.RequiredArgsConstructor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Camel idempotent repository in PostgreSQL (table intake_message_id), shared by every instance.
 * {@code add} is one {@code insert … on conflict do nothing}: of two instances adding the same key at once,
 * exactly one gets true, without the check-then-insert window of a select followed by an insert.
 * Used as the folder consumers' read lock ({@code readLock=idempotent-changed}).
 */
@RequiredArgsConstructor
public class PgIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    private final JdbcTemplate jdbc;
    private final String processorName;

    @Override
    public boolean add(String key) {
        return oneRow("insert into intake_message_id (processor_name, message_id) values (?, ?) on conflict do nothing",
                key);
    }

    @Override
    public boolean contains(String key) {
        Integer n = jdbc.queryForObject("select count(*) from intake_message_id where processor_name = ? and message_id = ?",
                Integer.class, processorName, key);
        return n != null && n > 0;
    }

    @Override
    public boolean remove(String key) {
        return oneRow("delete from intake_message_id where processor_name = ? and message_id = ?", key);
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        jdbc.update("delete from intake_message_id where processor_name = ?", processorName);
    }

    /** The statement on this processor's row for key changed it: the one answer add and remove give Camel. */
    private boolean oneRow(String sql, String key) {
        return jdbc.update(sql, processorName, key) == 1;
    }
}
