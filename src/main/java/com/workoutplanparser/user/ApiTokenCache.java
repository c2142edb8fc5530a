package com.workoutplanparser.user;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The users of recently seen token hashes, so a request does not cost a database query to authenticate
 * (the edge filter and the route both ask). An entry lives at most {@code ttl}; {@link #invalidate(UUID)} drops
 * a user's entries at once and is called by every change to a user on this instance (rotation, deletion, tier,
 * consent). Other instances do not hear of the change: the TTL bounds how long they may still accept an old
 * token or use an old tier (docs/security.md).
 * <p>
 * Unknown tokens are not cached: a wrong token is always checked against the database (and rate-limited
 * per address at the edge). A lookup that started before an invalidation does not put its (maybe old)
 * answer in the cache: the generation counter tells.
 */
final class ApiTokenCache {

    private record Entry(AppUser user, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;

    ApiTokenCache(java.time.Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    ApiTokenCache(java.time.Duration ttl, int maxEntries, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = Math.max(0, maxEntries);
        this.clock = nanoClock;
    }

    Optional<AppUser> get(String tokenHash, Supplier<Optional<AppUser>> lookup) {
        if (ttlNanos <= 0 || maxEntries == 0) {
            return lookup.get();
        }
        long now = clock.getAsLong();
        Entry cached = entries.get(tokenHash);
        if (cached != null && now - cached.expiresAt() < 0) {
            return Optional.of(cached.user());
        }
        long before = generation.get();
        Optional<AppUser> found = lookup.get();
        if (found.isEmpty()) {
            entries.remove(tokenHash);
            return found;
        }
        if (entries.size() >= maxEntries) {
            entries.clear(); // simple bound: the next lookups refill it
        }
        entries.put(tokenHash, new Entry(found.get(), now + ttlNanos));
        if (generation.get() != before) {
            entries.remove(tokenHash); // a change to some user happened meanwhile: this answer may be the old one
        }
        return found;
    }

    /** Drops every cached token of the user: the next request with any of them asks the database. */
    void invalidate(UUID userId) {
        generation.incrementAndGet();
        entries.values().removeIf(e -> e.user().id().equals(userId));
    }

    int size() {
        return entries.size();
    }
}
