package com.workoutplanparser.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.support.AppTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rate limits over real HTTP. The test profile keeps free, paid and admin high (the suite posts many plans) and adds
 * a "tight" tier: these tests put the users they create in it. Defaults as shipped: {@link LimitDefaultsTest}.
 */
class ApiLimitsTest extends AppTestBase {

    static final String PLAN = "Bench Press: 3x8\nSquat: 5x5";

    @Autowired
    LimitSettings settings;

    RawHttp http;

    @BeforeEach
    void http() {
        http = new RawHttp(port);
    }

    @Test
    void aUserPastItsTiersParseLimitGets429WithRetryAfterAndRateLimitHeaders_andNothingIsRecorded() {
        String[] user = http.user(ADMIN_TOKEN, "tight");
        long capacity = settings.tier("tight").parses().capacity();
        List<RawHttp.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            RawHttp.Reply r = http.parse(user[1], PLAN + "\nDeadlift: 1x" + (i + 1));
            replies.add(r);
            if (r.status() == 429) {
                break;
            }
        }
        assertThat(replies).hasSize((int) capacity + 1);
        assertThat(replies.subList(0, (int) capacity)).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.header("RateLimit-Limit")).isEqualTo(String.valueOf(capacity));
        });
        assertThat(replies.get(0).header("RateLimit-Remaining")).isEqualTo(String.valueOf(capacity - 1));

        RawHttp.Reply refused = replies.get((int) capacity);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.header("RateLimit-Limit")).isEqualTo(String.valueOf(capacity));
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(refused.header("RateLimit-Reset"))).isPositive();
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(refused.json().get("error").asText()).isEqualTo("rate_limited");
        assertThat(refused.json().get("message").asText()).contains("tight").contains("at most " + capacity);
        Long recorded = jdbc.queryForObject("select count(*) from workout_import_log where user_id = ?", Long.class,
                UUID.fromString(user[0]));
        assertThat(recorded).isEqualTo(capacity);
    }

    @Test
    void paidAndAdminUsersHaveTheirOwnLimits_andAnAdminMovesAUserToAnotherTier() {
        String[] paid = http.user(ADMIN_TOKEN, "paid");
        RawHttp.Reply asPaid = http.parse(paid[1], PLAN);
        RawHttp.Reply asAdmin = http.parse(ADMIN_TOKEN, PLAN);

        assertThat(asPaid.status()).isEqualTo(200);
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asPaid.header("RateLimit-Limit")).isEqualTo(String.valueOf(settings.tier("paid").parses().capacity()));
        assertThat(asAdmin.header("RateLimit-Limit")).isEqualTo(String.valueOf(settings.tier("admin").parses().capacity()));
        assertThat(asPaid.header("RateLimit-Limit")).isNotEqualTo(asAdmin.header("RateLimit-Limit"));

        RawHttp.Reply moved = http.send("PUT", "/api/v1/users/" + paid[0] + "/tier", "application/json",
                "{\"tier\": \"tight\"}", "Authorization", "Bearer " + ADMIN_TOKEN);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("tier").asText()).isEqualTo("tight");
        assertThat(http.parse(paid[1], PLAN).header("RateLimit-Limit"))
                .isEqualTo(String.valueOf(settings.tier("tight").parses().capacity()));

        RawHttp.Reply unknown = http.send("PUT", "/api/v1/users/" + paid[0] + "/tier", "application/json",
                "{\"tier\": \"gold\"}", "Authorization", "Bearer " + ADMIN_TOKEN);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).isEqualTo("invalid_tier");
        RawHttp.Reply notAdmin = http.send("PUT", "/api/v1/users/" + paid[0] + "/tier", "application/json",
                "{\"tier\": \"admin\"}", "Authorization", "Bearer " + paid[1]);
        assertThat(notAdmin.status()).isEqualTo(403);
    }

    @Test
    void aBatchCountsOneParsePerPlan() {
        String[] user = http.user(ADMIN_TOKEN, "tight");
        long capacity = settings.tier("tight").parses().capacity();
        String tooMany = texts((int) capacity + 1);
        RawHttp.Reply refused = http.send("POST", "/api/v1/workout-plans/parse/batch", "application/json", tooMany,
                "Authorization", "Bearer " + user[1]);
        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.json().get("message").asText()).contains("counts as " + (capacity + 1) + " parses");

        RawHttp.Reply fits = http.send("POST", "/api/v1/workout-plans/parse/batch", "application/json",
                texts((int) capacity - 2), "Authorization", "Bearer " + user[1]);
        assertThat(fits.status()).as(fits.body()).isEqualTo(202);
        assertThat(fits.json().get("imports")).hasSize((int) capacity - 2);
        // the refused batch spent its request's one parse, the other batch its three: one is left
        assertThat(fits.header("RateLimit-Remaining")).isEqualTo("1");
        assertThat(http.parse(user[1], PLAN).status()).isEqualTo(200);
        assertThat(http.parse(user[1], PLAN).status()).isEqualTo(429);
    }

    private static String texts(int n) {
        StringBuilder b = new StringBuilder("{\"texts\": [");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append("\"Squat: 5x").append(i + 1).append("\"");
        }
        return b.append("]}").toString();
    }

    @Test
    void otherWritesSpendTheWriteLimit_notTheParseLimit() {
        String[] user = http.user(ADMIN_TOKEN, "tight");
        long writes = settings.tier("tight").writes().capacity();
        RawHttp.Reply last = null;
        for (int i = 0; i <= writes; i++) {
            // a review decision on an id that does not exist: a write all the same
            last = http.send("POST", "/api/v1/reviews/" + UUID.randomUUID() + "/approve", "application/json", "{}",
                    "Authorization", "Bearer " + user[1]);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(http.parse(user[1], PLAN).status()).isEqualTo(200);
    }

    @Test
    void badTokensFromOneAddressAre401UntilThePerAddressLimit_then429_whileAValidTokenStillWorks() {
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        long capacity = settings.unauthenticated().capacity();
        for (int i = 0; i < capacity; i++) {
            RawHttp.Reply r = http.parse("wrong-" + i, PLAN, "X-Forwarded-For", address);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("error").asText()).isEqualTo("unauthorized");
        }
        RawHttp.Reply refused = http.parse("wrong-again", PLAN, "X-Forwarded-For", address);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.json().get("error").asText()).isEqualTo("rate_limited");
        assertThat(http.send("GET", "/api/v1/users/me", null, null, "X-Forwarded-For", address).status())
                .as("no token at all counts the same").isEqualTo(429);

        assertThat(http.parse(ADMIN_TOKEN, PLAN, "X-Forwarded-For", address).status()).isEqualTo(200);
        assertThat(http.parse("wrong", PLAN, "X-Forwarded-For", "203.0.113.9").status())
                .as("another address has its own budget").isEqualTo(401);
    }
}
