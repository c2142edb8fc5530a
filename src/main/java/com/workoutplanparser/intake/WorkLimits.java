package com.workoutplanparser.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.positive;

/**
 * {@code workout.limits.work.*} (limits.yaml, which holds the defaults): how much parsing one request and one user
 * may take (docs/security.md).
 *
 * @param workers          synchronous parses run at once by this instance, all users together
 * @param perUser          of those, at most this many for one user; their others wait behind them, not in front of
 *                         everyone else
 * @param syncTimeout      a synchronous parse not done by then is answered 202 with its import id (it goes on);
 *                         a client can ask for less with {@code Prefer: wait=<seconds>}
 * @param maxExercises     a plan with more exercises is refused (422) before they are matched
 * @param maxResponseBytes an import response larger than this is not sent (413); the import is kept
 */
@ConfigurationProperties(prefix = "workout.limits.work")
public record WorkLimits(int workers, int perUser, Duration syncTimeout, int maxExercises, int maxResponseBytes) {

    public WorkLimits {
        atLeast("workout.limits.work.workers", workers, 1);
        atLeast("workout.limits.work.per-user", perUser, 1);
        positive("workout.limits.work.sync-timeout", syncTimeout);
        atLeast("workout.limits.work.max-exercises", maxExercises, 1);
        atLeast("workout.limits.work.max-response-bytes", maxResponseBytes, 1);
    }
}
