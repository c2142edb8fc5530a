package com.workoutplanparser.web;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code workout.limits.*}: how much one client may ask of the service (docs/security.md).
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
public record LimitSettings(
        @DefaultValue("true") boolean enabled,
        Map<String, Tier> tiers,
        Limit unauthenticated,
        @DefaultValue("") String clientAddressHeader,
        @DefaultValue("100000") int maxBuckets) {

    /** The defaults when nothing is configured (application.yaml states them too). */
    static final Map<String, Tier> DEFAULT_TIERS = Map.of(
            "free", new Tier(new Limit(10, Duration.ofHours(1)), new Limit(60, Duration.ofHours(1))),
            "paid", new Tier(new Limit(200, Duration.ofHours(1)), new Limit(600, Duration.ofHours(1))),
            "admin", new Tier(new Limit(2000, Duration.ofHours(1)), new Limit(6000, Duration.ofHours(1))));

    public LimitSettings {
        Map<String, Tier> t = new TreeMap<>(DEFAULT_TIERS);
        if (tiers != null) {
            // a tier configured in part takes the rest from the default of that name (else from free)
            tiers.forEach((name, tier) -> {
                Tier base = t.getOrDefault(name, t.get("free"));
                t.put(name, new Tier(tier == null || tier.parses() == null ? base.parses() : tier.parses(),
                        tier == null || tier.writes() == null ? base.writes() : tier.writes()));
            });
        }
        tiers = Map.copyOf(t);
        unauthenticated = unauthenticated != null ? unauthenticated : new Limit(30, Duration.ofMinutes(1));
        clientAddressHeader = clientAddressHeader == null ? "" : clientAddressHeader.strip();
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
