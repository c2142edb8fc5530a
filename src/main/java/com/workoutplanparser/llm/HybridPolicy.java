package com.workoutplanparser.llm;

import com.workoutplanparser.parse.ParseResult;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decides whether a plan goes to the LLM, and with which lines. Rules always read first: that is free. */
public final class HybridPolicy {

    /**
     * Signs that a text is a workout even though the rules read no exercise from it: set/rep notation,
     * loads, or training words in the languages our users write in. A text without any is not worth a call
     * (the pipeline rejects it as not a workout).
     */
    private static final Pattern LOOKS_LIKE_A_PLAN = Pattern.compile(
            "(?iu)(\\d\\s*[x×*]\\s*\\d|\\b\\d+\\s*(kg|kgs|lbs?|reps?|sets?|rounds?|min|mins|sec|secs|km|m)\\b"
                    + "|\\b(sets?|reps?|rounds?|squats?|bench|deadlifts?|press|rows?|curls?|pull-?ups?|push-?ups?"
                    + "|lunges?|planks?|burpees?|amrap|emom|rpe|1rm|warm-?up|cool-?down"
                    + "|sätze|satz|wdh|wiederholungen|kniebeugen|séries?|répétitions|reps|pompes|series|repeticiones"
                    + "|sentadillas|serie|ripetizioni|herhalingen)\\b"
                    + "|\\b(one|two|three|four|five|six|eight|ten|twelve|drei|vier|fünf|trois|quatre|cinq|tres|cuatro|cinco)"
                    + "\\s+(sets?|rounds?|x|sätze|séries|series))");

    private HybridPolicy() {
    }

    public static Optional<LlmRequest> requestFor(ParserMode mode, ParseResult rules, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (mode) {
            case RULES -> Optional.empty();
            case LLM -> Optional.of(LlmRequest.wholeText(text));
            case HYBRID -> {
                if (!rules.isWorkout()) {
                    yield looksLikeAPlan(text) ? Optional.of(LlmRequest.wholeText(text)) : Optional.empty();
                }
                yield rules.fullyRead() ? Optional.empty() : Optional.of(LlmRequest.unreadLines(rules));
            }
        };
    }

    public static boolean looksLikeAPlan(String text) {
        return LOOKS_LIKE_A_PLAN.matcher(text).find();
    }
}
