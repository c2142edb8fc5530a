package com.workoutplanparser.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The token buckets (Bucket4j) behind the API's rate limits: one per user and kind of request, one per client
 * address for callers without a valid token. Buckets live in this instance's memory: several instances each
 * allow the limit (see docs/security.md). A bucket that has refilled to full is the same as a new one,
 * so full buckets are dropped when the map grows, which keeps a flood of addresses from filling the heap.
 */
@Component
@RequiredArgsConstructor
public class RateLimits {

    /** What one attempt did to its bucket, with the figures for the RateLimit-* and Retry-After headers. */
    public record Decision(boolean allowed, long limit, java.time.Duration period, long remaining, long resetSeconds,
                           long retryAfterSeconds) {

        /** The period in words: "1 h", "15 min", "30 s". */
        public String periodText() {
            long s = period.toSeconds();
            return s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
        }
    }

    private record Keyed(Bucket bucket, LimitSettings.Limit limit) {
    }

    private final LimitSettings settings;
    private final Map<String, Keyed> buckets = new ConcurrentHashMap<>();

    public Decision parse(java.util.UUID user, String tier) {
        return take("parse:" + user, settings.tier(tier).parses());
    }

    /**
     * A batch counts as one parse per plan: the filter took one for the request, this takes the rest at once (all or
     * nothing). Always allowed when the limits are off.
     */
    public Decision moreParses(java.util.UUID user, String tier, long tokens) {
        LimitSettings.Limit limit = settings.tier(tier).parses();
        if (!settings.enabled() || tokens <= 0) {
            return new Decision(true, limit.capacity(), limit.period(), limit.capacity(), 0, 0);
        }
        return take("parse:" + user, limit, tokens);
    }

    public Decision write(java.util.UUID user, String tier) {
        return take("write:" + user, settings.tier(tier).writes());
    }

    public Decision unauthenticated(String address) {
        return take("address:" + address, settings.unauthenticated());
    }

    private Decision take(String key, LimitSettings.Limit limit) {
        return take(key, limit, 1);
    }

    private Decision take(String key, LimitSettings.Limit limit, long tokens) {
        if (buckets.size() >= settings.maxBuckets()) {
            buckets.values().removeIf(k -> k.bucket().getAvailableTokens() >= k.limit().capacity());
        }
        // a changed limit (another tier) gets a fresh bucket
        Keyed keyed = buckets.compute(key, (k, old) -> old != null && old.limit().equals(limit) ? old
                : new Keyed(Bucket.builder().addLimit(l -> l.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period())).build(), limit));
        ConsumptionProbe probe = keyed.bucket().tryConsumeAndReturnRemaining(tokens);
        return new Decision(probe.isConsumed(), limit.capacity(), limit.period(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
