package com.workoutplanparser.llm;

import com.workoutplanparser.plan.LlmUsage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily LLM spend cap, per user and in total ({@link SpendCapSettings}). Asked just before the LLM would be
 * called (a cache hit costs nothing and is not asked): past a cap the plan is read by the rules alone, and what
 * they cannot read goes to review, as when no LLM is configured. {@code /actuator/health}'s llm component says so.
 * What was spent comes from {@code workout_import_log.cost_usd} of today's (UTC) imports, so it is the same on
 * every instance; imports being parsed right now are not counted yet, so a burst can pass a cap by a few calls.
 */
@Component("llmSpendCap")
@EnableConfigurationProperties(SpendCapSettings.class)
public class SpendCap {

    /** What was spent today (UTC): by one user, and by everyone. */
    public interface Ledger {
        BigDecimal spentToday(UUID user);

        BigDecimal spentToday();
    }

    /** No cap: for routes built without Spring (tests of the LLM step). */
    public static final SpendCap NONE = new SpendCap(new SpendCapSettings(BigDecimal.ZERO, BigDecimal.ZERO), (Ledger) null);

    private static final Logger log = LoggerFactory.getLogger(SpendCap.class);
    private static final String TODAY = "created_at >= (date_trunc('day', now() at time zone 'UTC') at time zone 'UTC')";

    private final SpendCapSettings settings;
    private final Ledger ledger;
    /** The UTC day a user last reached their own cap (for the health; the total is computed live). */
    private volatile java.time.LocalDate userCapReachedOn;

    @Autowired
    public SpendCap(SpendCapSettings settings, JdbcTemplate jdbc) {
        this(settings, new Ledger() {
            @Override
            public BigDecimal spentToday(UUID user) {
                return jdbc.queryForObject("select coalesce(sum(cost_usd), 0) from workout_import_log where user_id = ? and "
                        + TODAY, BigDecimal.class, user);
            }

            @Override
            public BigDecimal spentToday() {
                return jdbc.queryForObject("select coalesce(sum(cost_usd), 0) from workout_import_log where " + TODAY,
                        BigDecimal.class);
            }
        });
    }

    public SpendCap(SpendCapSettings settings, Ledger ledger) {
        this.settings = settings;
        this.ledger = ledger;
    }

    /** Route predicate: true when this import's LLM call would pass a cap (the reason goes on the exchange). */
    public boolean reached(Exchange exchange) {
        String reason = refusal(exchange.getMessage().getHeader("workoutUserId", UUID.class));
        if (reason != null) {
            exchange.setProperty("llm.spendCapReason", reason);
        }
        return reason != null;
    }

    /** The LLM step's answer past a cap: no reading, the rules read alone, the reason for the reviewer. */
    public void refuse(Exchange exchange) {
        String reason = exchange.getProperty("llm.spendCapReason", String.class);
        log.warn("LLM not asked: {}", reason);
        exchange.getMessage().setBody(LlmOutcome.failed(reason, LlmUsage.NONE));
    }

    /** Why the LLM may not be asked for this user now, or null. */
    public String refusal(UUID user) {
        if (ledger == null) {
            return null;
        }
        if (on(settings.totalUsd())) {
            BigDecimal total = ledger.spentToday();
            if (total.compareTo(settings.totalUsd()) >= 0) {
                return "the daily LLM spend cap of all users (" + settings.totalUsd() + " USD) is reached; read by the"
                        + " rules alone until midnight UTC";
            }
        }
        if (user != null && on(settings.perUserUsd())
                && ledger.spentToday(user).compareTo(settings.perUserUsd()) >= 0) {
            userCapReachedOn = today();
            return "your daily LLM spend cap (" + settings.perUserUsd() + " USD) is reached; read by the rules alone"
                    + " until midnight UTC";
        }
        return null;
    }

    /** For the llm health component. */
    public Map<String, Object> health() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (ledger == null) {
            return details;
        }
        BigDecimal total = ledger.spentToday();
        details.put("spentTodayUsd", total);
        details.put("dailyCapUsd", on(settings.totalUsd()) ? settings.totalUsd() : "none");
        details.put("dailyCapPerUserUsd", on(settings.perUserUsd()) ? settings.perUserUsd() : "none");
        if (on(settings.totalUsd()) && total.compareTo(settings.totalUsd()) >= 0) {
            details.put("spendCap", "reached: plans are read by the rules alone (what they cannot read goes to"
                    + " review) until midnight UTC");
        } else if (today().equals(userCapReachedOn)) {
            details.put("spendCapPerUser", "reached by some users today: their plans are read by the rules alone");
        }
        return details;
    }

    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    }

    private static boolean on(BigDecimal cap) {
        return cap != null && cap.signum() > 0;
    }
}
