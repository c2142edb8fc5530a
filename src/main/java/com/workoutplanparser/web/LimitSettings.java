package com.workoutplanparser.web;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.present;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * {@code workout.limits.*} (limits.yaml, which holds the defaults): how much one client may ask of the service (docs/security.md).
 *
 * @param enabled           false turns the rate limits off (the other bounds stay)
 * @param tiers             per tier (a user's {@code app_user.tier}): its parse and write limits
 * @param unauthenticated   requests without a valid token, per client address (refused with 401 until spent, then 429)
 * @param clientAddressHeader empty: the client address is the socket's peer. Behind a proxy that overwrites it,
 *                          the header naming the client (X-Forwarded-For: its first entry). Never set it otherwise:
 *                          clients could then pick any address.
 * @param maxBuckets        buckets kept in memory before idle (full) ones are dropped
 */
@ConfigurationProperties(prefix = "workout.limits")
public record LimitSettings(boolean enabled, Map<String, Tier> tiers, Limit unauthenticated,
                            String clientAddressHeader, int maxBuckets) {

    public LimitSettings {
        Tier free = present("workout.limits.tiers.free", tiers == null ? null : tiers.get("free"));
        present("workout.limits.tiers.free.parses", free.parses());
        present("workout.limits.tiers.free.writes", free.writes());
        Map<String, Tier> t = new TreeMap<>();
        // a tier configured in part (a tier of its own, such as the tests' "tight") takes the rest from free
        tiers.forEach((name, tier) -> t.put(name, new Tier(
                tier == null || tier.parses() == null ? free.parses() : tier.parses(),
                tier == null || tier.writes() == null ? free.writes() : tier.writes())));
        tiers = Map.copyOf(t);
        present("workout.limits.unauthenticated", unauthenticated);
        clientAddressHeader = text(clientAddressHeader);
        atLeast("workout.limits.max-buckets", maxBuckets, 1);
    }

    public boolean knowsTier(String name) {
        return name != null && tiers.containsKey(name);
    }

    /**
     * @param parses the parse endpoints (sync, async, and batch: one per plan in it)
     * @param writes every other write (review decisions, catalog and user changes)
     */
    public record Tier(Limit parses, Limit writes) {
    }

    /** {@code capacity} requests per {@code period}, refilled evenly (10 an hour: one more every 6 minutes). */
    public record Limit(long capacity, Duration period) {
        public Limit {
            if (capacity < 1 || period == null || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a limit needs a capacity of at least 1 and a positive period");
            }
        }
    }

    public Tier tier(String name) {
        Tier tier = tiers.get(name == null ? "free" : name);
        return tier != null ? tier : tiers.get("free");
    }
}
