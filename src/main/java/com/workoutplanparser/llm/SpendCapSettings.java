package com.workoutplanparser.llm;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.present;

/**
 * {@code workout.limits.llm-spend.*} (limits.yaml, which holds the defaults): the daily LLM budget (UTC days), in USD as the price table estimates it
 * ({@code workout_import_log.cost_usd}). Zero or less switches that cap off.
 *
 * @param perUserUsd what one user's imports may cost in a day
 * @param totalUsd   what all imports together may cost in a day
 */
@ConfigurationProperties(prefix = "workout.limits.llm-spend")
public record SpendCapSettings(BigDecimal perUserUsd, BigDecimal totalUsd) {

    public SpendCapSettings {
        present("workout.limits.llm-spend.per-user-usd", perUserUsd);
        present("workout.limits.llm-spend.total-usd", totalUsd);
    }
}
