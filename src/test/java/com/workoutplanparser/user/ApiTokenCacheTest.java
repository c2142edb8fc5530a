package com.workoutplanparser.user;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The token cache on its own, with a clock the test moves. */
class ApiTokenCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ApiTokenCache cache = new ApiTokenCache(Duration.ofSeconds(30), 100, now::get);
    private final AtomicInteger lookups = new AtomicInteger();
    private AppUser stored = user(UUID.randomUUID(), "free");

    private static AppUser user(UUID id, String tier) {
        return new AppUser(id, null, "U", "user", tier, true);
    }

    private Optional<AppUser> lookup() {
        lookups.incrementAndGet();
        return Optional.ofNullable(stored);
    }

    @Test
    void aTokenIsLookedUpOnceWithinTheTtl_andAgainAfterIt() {
        assertThat(cache.get("h", this::lookup)).contains(stored);
        assertThat(cache.get("h", this::lookup)).contains(stored);
        assertThat(lookups).hasValue(1);
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        stored = user(stored.id(), "paid");
        assertThat(cache.get("h", this::lookup).map(AppUser::tier)).contains("paid");
        assertThat(lookups).hasValue(2);
    }

    @Test
    void invalidatingAUserDropsItsTokensAtOnce_andOnlyItsOwn() {
        AppUser other = user(UUID.randomUUID(), "free");
        cache.get("h", this::lookup);
        cache.get("o", () -> Optional.of(other));
        cache.invalidate(stored.id());
        stored = null; // the token was rotated away
        assertThat(cache.get("h", this::lookup)).isEmpty();
        assertThat(cache.get("o", Optional::empty)).contains(other);
    }

    @Test
    void unknownTokensAreNotCached() {
        stored = null;
        cache.get("h", this::lookup);
        cache.get("h", this::lookup);
        assertThat(lookups).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aLookupThatRanDuringAnInvalidationDoesNotStayCached() {
        AppUser old = stored;
        // the database answered with the old row, then a rotation invalidated before the answer was cached
        assertThat(cache.get("h", () -> {
            cache.invalidate(old.id());
            return Optional.of(old);
        })).contains(old);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aZeroTtlTurnsTheCacheOff() {
        ApiTokenCache off = new ApiTokenCache(Duration.ZERO, 100, now::get);
        off.get("h", this::lookup);
        off.get("h", this::lookup);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void theCacheStaysWithinItsBound() {
        ApiTokenCache small = new ApiTokenCache(Duration.ofSeconds(30), 3, now::get);
        for (int i = 0; i < 10; i++) {
            AppUser u = user(UUID.randomUUID(), "free");
            small.get("h" + i, () -> Optional.of(u));
        }
        assertThat(small.size()).isLessThanOrEqualTo(3);
    }
}
