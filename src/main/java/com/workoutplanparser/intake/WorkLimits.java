package com.workoutplanparser.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code workout.limits.work.*}: how much parsing one request and one user may take (docs/security.md).
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
public record WorkLimits(
        @DefaultValue("4") int workers,
        @DefaultValue("2") int perUser,
        @DefaultValue("20s") Duration syncTimeout,
        @DefaultValue("1000") int maxExercises,
        @DefaultValue("2000000") int maxResponseBytes) {

    public WorkLimits {
        workers = Math.max(1, workers);
        perUser = Math.max(1, perUser);
    }
}
