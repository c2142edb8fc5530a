package com.workoutplanparser.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.present;

/**
 * {@code workout.users.*} (application.yaml, which holds the defaults; docs/security.md).
 *
 * @param aiProcessingDefault  whether a new user's plans may be sent to an LLM provider until they say otherwise
 *                             ({@code AI_PROCESSING_DEFAULT})
 * @param tokenCacheTtl        how long a token looked up once is trusted without asking the database again. A
 *                             change made on this instance (rotation, deletion, tier, consent) takes effect at once;
 *                             one made on another instance takes effect here within this time at the latest
 * @param tokenCacheMaxEntries tokens kept in memory; past it the cache starts over (a lookup costs one query)
 */
@ConfigurationProperties(prefix = "workout.users")
public record UserSettings(boolean aiProcessingDefault, Duration tokenCacheTtl, int tokenCacheMaxEntries) {

    public UserSettings {
        if (present("workout.users.token-cache-ttl", tokenCacheTtl).isNegative()) {
            throw new com.workoutplanparser.config.InvalidSettingException("workout.users.token-cache-ttl",
                    tokenCacheTtl, "must not be negative (0s turns the cache off)");
        }
        atLeast("workout.users.token-cache-max-entries", tokenCacheMaxEntries, 1);
    }
}
