package com.workoutplanparser.llm;

import com.workoutplanparser.plan.LlmUsage;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Estimated cost of a call, from a configurable table of USD per million tokens keyed by model name.
 * The longest key that starts the model name wins, so "gpt-4o-mini" prices "gpt-4o-mini-2024-07-18";
 * an unknown model costs 0 (shown as such: better an honest zero than a guess).
 */
public final class PriceTable {

    private final TreeMap<String, LlmSettings.Price> prices = new TreeMap<>();

    public PriceTable(Map<String, LlmSettings.Price> prices) {
        prices.forEach((model, price) -> this.prices.put(model.toLowerCase(Locale.ROOT), price));
    }

    /**
     * The configured table, and over it the configured model's own price when LLM_INPUT_PRICE_PER_MILLION or
     * LLM_OUTPUT_PRICE_PER_MILLION is set (as an exact name it is the longest match; a part left unset is the
     * table's).
     */
    public static PriceTable of(LlmSettings settings) {
        PriceTable table = new PriceTable(settings.prices());
        LlmSettings.ModelPrice own = settings.modelPrice();
        String model = settings.effectiveModel();
        if (own.isSet() && model != null && !model.isBlank()) {
            LlmSettings.Price listed = table.priceOf(model);
            table.prices.put(model.toLowerCase(Locale.ROOT), new LlmSettings.Price(
                    own.inputPerMillion() != null ? own.inputPerMillion() : listed.inputPerMillion(),
                    own.outputPerMillion() != null ? own.outputPerMillion() : listed.outputPerMillion()));
        }
        return table;
    }

    public LlmSettings.Price priceOf(String model) {
        String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
        String best = null;
        for (String key : prices.keySet()) {
            if (m.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? new LlmSettings.Price(0, 0) : prices.get(best);
    }

    public boolean knows(String model) {
        String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
        return prices.keySet().stream().anyMatch(m::startsWith);
    }

    public LlmUsage usage(String model, long inputTokens, long outputTokens) {
        LlmSettings.Price p = priceOf(model);
        double cost = inputTokens * p.inputPerMillion() / 1_000_000d + outputTokens * p.outputPerMillion() / 1_000_000d;
        return new LlmUsage(inputTokens, outputTokens, cost, false);
    }
}
