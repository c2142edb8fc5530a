package com.workoutplanparser.llm;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code workout.limits.llm-spend.*}: the daily LLM budget (UTC days), in USD as the price table estimates it
 * ({@code workout_import_log.cost_usd}). Zero or less switches that cap off.
 *
 * @param perUserUsd what one user's imports may cost in a day
 * @param totalUsd   what all imports together may cost in a day
 */
@ConfigurationProperties(prefix = "workout.limits.llm-spend")
public record SpendCapSettings(@DefaultValue("1.00") BigDecimal perUserUsd, @DefaultValue("25.00") BigDecimal totalUsd) {
}
