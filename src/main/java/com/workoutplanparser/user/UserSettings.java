package com.workoutplanparser.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code workout.users.*} (docs/security.md).
 *
 * @param aiProcessingDefault  whether a new user's plans may be sent to an LLM provider until they say otherwise
 *                             ({@code AI_PROCESSING_DEFAULT})
 * @param tokenCacheTtl        how long a token looked up once is trusted without asking the database again. A
 *                             change made on this instance (rotation, deletion, tier, consent) takes effect at once;
 *                             one made on another instance takes effect here within this time at the latest
 * @param tokenCacheMaxEntries tokens kept in memory; past it the cache starts over (a lookup costs one query)
 */
@ConfigurationProperties(prefix = "workout.users")
public record UserSettings(
        @DefaultValue("true") boolean aiProcessingDefault,
        @DefaultValue("30s") Duration tokenCacheTtl,
        @DefaultValue("10000") int tokenCacheMaxEntries) {
}
