package com.workoutplanparser.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.present;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * {@code workout.intake.*} (intake.yaml, which holds the defaults): the watched folder and the batch endpoint.
 * The folder's numbers are read by its Kamelet as placeholders too; bound here so a wrong one stops the start.
 *
 * @param defaultUser INTAKE_DEFAULT_USER: owner (e-mail address) of folder imports; empty: the first admin
 * @param folder      the watched folder
 * @param batch       the multipart batch endpoint
 */
@ConfigurationProperties(prefix = "workout.intake")
public record IntakeSettings(String defaultUser, Folder folder, Batch batch) {

    public IntakeSettings {
        defaultUser = text(defaultUser);
        present("workout.intake.folder", folder);
        present("workout.intake.batch", batch);
    }

    /**
     * @param enabled           INBOX_ENABLED
     * @param path              INBOX_DIR
     * @param pollMs            INBOX_POLL_MS
     * @param minAgeMs          INBOX_MIN_AGE_MS: a file is read once unchanged this long
     * @param readLockTimeoutMs INBOX_READ_LOCK_TIMEOUT_MS
     * @param releaseDelayMs    INBOX_RELEASE_DELAY_MS: how long a done file's read lock is kept
     * @param maxFileBytes      INBOX_MAX_FILE_BYTES: a larger file is refused into .failed/ unread
     * @param staleLockSeconds  INBOX_STALE_LOCK_SECONDS: a read lock this old is dropped (its instance stopped)
     */
    public record Folder(boolean enabled, String path, long pollMs, long minAgeMs, long readLockTimeoutMs,
                         long releaseDelayMs, long maxFileBytes, long staleLockSeconds) {
        public Folder {
            present("workout.intake.folder.path", path);
            atLeast("workout.intake.folder.poll-ms", pollMs, 1);
            atLeast("workout.intake.folder.min-age-ms", minAgeMs, 0);
            atLeast("workout.intake.folder.read-lock-timeout-ms", readLockTimeoutMs, 1);
            atLeast("workout.intake.folder.release-delay-ms", releaseDelayMs, 0);
            atLeast("workout.intake.folder.max-file-bytes", maxFileBytes, 1);
            atLeast("workout.intake.folder.stale-lock-seconds", staleLockSeconds, 1);
        }
    }

    /** @param maxItems plans in one multipart batch (also Tomcat's part limit) */
    public record Batch(int maxItems) {
        public Batch {
            atLeast("workout.intake.batch.max-items", maxItems, 1);
        }
    }
}
