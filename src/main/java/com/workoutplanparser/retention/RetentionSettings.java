package com.workoutplanparser.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.positive;
import static com.workoutplanparser.config.SettingsCheck.present;

/**
 * {@code workout.retention.*} (privacy.yaml, which holds the defaults; docs/privacy.md).
 *
 * @param days         {@code IMPORT_RETENTION_DAYS}: imports, their review items, inbox/.done files, LLM reply-cache
 *                     entries, sent mail replies and intake failures older than this many days are deleted
 * @param initialDelay the daily purge first runs this long after start
 * @param period       and then this often
 * @param inboxDir     the watched folder whose {@code .done/} files are purged
 * @param batch        imports deleted in one statement
 */
@ConfigurationProperties(prefix = "workout.retention")
public record RetentionSettings(int days, Duration initialDelay, Duration period, String inboxDir, int batch) {

    public RetentionSettings {
        atLeast("workout.retention.days", days, 1);
        present("workout.retention.initial-delay", initialDelay);
        positive("workout.retention.period", period);
        present("workout.retention.inbox-dir", inboxDir);
        atLeast("workout.retention.batch", batch, 1);
    }
}
