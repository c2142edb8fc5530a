package com.workoutplanparser.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code workout.retention.*} (docs/privacy.md).
 *
 * @param days         {@code IMPORT_RETENTION_DAYS}: imports, their review items, inbox/.done files, LLM reply-cache
 *                     entries, sent mail replies and intake failures older than this many days are deleted
 * @param initialDelay the daily purge first runs this long after start
 * @param period       and then this often
 * @param inboxDir     the watched folder whose {@code .done/} files are purged
 * @param batch        imports deleted in one statement
 */
@ConfigurationProperties(prefix = "workout.retention")
public record RetentionSettings(
        @DefaultValue("180") int days,
        @DefaultValue("5m") Duration initialDelay,
        @DefaultValue("24h") Duration period,
        @DefaultValue("inbox") String inboxDir,
        @DefaultValue("500") int batch) {

    public RetentionSettings {
        if (days < 1) {
            throw new IllegalArgumentException("IMPORT_RETENTION_DAYS must be at least 1 (it is " + days + ").");
        }
        batch = Math.max(1, batch);
    }
}
