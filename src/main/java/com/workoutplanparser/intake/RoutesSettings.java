package com.workoutplanparser.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.present;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * {@code workout.routes.*} (intake.yaml, which holds the defaults): the ops routes folder.
 *
 * @param dir           ROUTES_DIR: every *.yaml here is loaded at start and reloaded when it changes
 * @param scanMs        ROUTES_SCAN_MS: how often the folder is looked at
 * @param reservedPaths ROUTES_RESERVED_PATHS: HTTP paths (comma separated) an ops route may never consume
 */
@ConfigurationProperties(prefix = "workout.routes")
public record RoutesSettings(String dir, long scanMs, String reservedPaths) {

    public RoutesSettings {
        present("workout.routes.dir", dir);
        atLeast("workout.routes.scan-ms", scanMs, 1);
        reservedPaths = text(reservedPaths);
    }
}
