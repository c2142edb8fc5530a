package com.workoutplanparser.match;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets what a line says besides the name choose among exercises the name alone cannot tell apart:
 * <ul>
 *   <li>{@value #CARDIO}: a distance, a time or calories with "row", "bike", "ski" or "run", and no load,
 *       is the cardio machine or the run ("Row 500 m", "30 cal Row" → Rowing Machine, not a barbell row).</li>
 *   <li>{@value #BODYWEIGHT}: in a WOD/EMOM/AMRAP/for-time block, or on a line that says bodyweight, an
 *       unloaded name without equipment or variant words is the bodyweight exercise ("Squats" → Air Squat).
 *       A variant word keeps the name's own answer: "back squat" stays a back squat.</li>
 * </ul>
 * A rule only acts when the name's own best answer is not already of the kind the context asks for, and
 * the result then names the rule ({@link MatchResult#contextRule()}).
 */
final class ContextRules {

    static final String CARDIO = "cardio-measure";
    static final String BODYWEIGHT = "bodyweight-block";

    private ContextRules() {
    }

    /** Cardio words → the written names of the machine or activity they mean when measured as cardio. */
    private static final Map<String, List<String>> CARDIO_NAMES = Map.of(
            "row", List.of("rowing machine", "rowing", "rower"),
            "rowing", List.of("rowing machine", "rowing"),
            "bike", List.of("assault bike", "air bike", "bike erg", "stationary bike"),
            "ski", List.of("ski erg"),
            "run", List.of("run", "running"),
            "erg", List.of("rowing machine"));

    /** Cardio words that name one machine or activity; the others ("bike") are capped below high. */
    private static final Set<String> ONE_MACHINE = Set.of("row", "rowing", "ski", "run", "erg");

    /** Words that say the row or the squat is a strength exercise, whatever the line measures. */
    private static final Set<String> STRENGTH_WORDS = Set.of("bent", "upright", "pendlay", "seated", "cable",
            "barbell", "dumbbell", "kettlebell", "machine", "single", "renegade", "inverted", "ring", "trx",
            "landmine", "meadow", "seal", "yates", "chest", "supported", "high", "low", "t", "bar", "smith");

    static MatchResult apply(MatchResult byName, MatchContext context, ExerciseMatcher matcher) {
        if (context == MatchContext.NONE || byName.query() == null) {
            return byName;
        }
        List<String> tokens = Normaliser.tokens(NameForm.canonical(byName.query()));
        if (tokens.isEmpty()) {
            return byName;
        }
        if (context.measuredAsCardio() && !context.loaded()) {
            MatchResult cardio = cardio(byName, tokens, context, matcher);
            if (cardio != null) {
                return cardio;
            }
        }
        if (context.bodyweightSetting() && !context.loaded()) {
            MatchResult bodyweight = bodyweight(byName, tokens, matcher);
            if (bodyweight != null) {
                return bodyweight;
            }
        }
        return byName;
    }

    /**
     * A bare "ski" or "row" counted in calories or inside a WOD/EMOM is the machine even when the word alone names
     * an outdoor activity (downhill skiing, rowing a boat): calories and conditioning blocks are machine measures.
     */
    private static boolean bareWordOnAMachine(List<String> tokens, MatchContext context) {
        return tokens.size() == 1 && ONE_MACHINE.contains(tokens.get(0))
                && (context.calories() != null || context.bodyweightSetting());
    }

    private static MatchResult cardio(MatchResult byName, List<String> tokens, MatchContext context,
                                      ExerciseMatcher matcher) {
        // "machine" names a strength row only when the line does not count metres or calories: "Row machine 500 m"
        // is the rower ("row machine" alone is the machine row, as in pt "remada máquina")
        boolean metresOrCalories = context.distanceMeters() != null || context.calories() != null;
        if ((isCardio(byName, matcher) && byName.level() == MatchLevel.HIGH && !bareWordOnAMachine(tokens, context))
                || tokens.stream().anyMatch(t -> STRENGTH_WORDS.contains(t) && !(metresOrCalories && t.equals("machine")))) {
            return null;
        }
        for (String t : tokens) {
            List<String> names = CARDIO_NAMES.get(t);
            if (names == null) {
                continue;
            }
            for (String written : names) {
                MatchResult r = matcher.matchName(written);
                if (r.best() != null && r.level() != MatchLevel.UNMATCHED && isCardio(r, matcher)) {
                    if (!ONE_MACHINE.contains(t) && r.confidence() > matcher.belowHigh()) {
                        // "bike" may be an air bike, a BikeErg or a spin bike: the context says cardio, not which
                        Candidate c = new Candidate(r.best().exerciseId(), r.best().name(), matcher.belowHigh());
                        r = new MatchResult(r.query(), c, matcher.thresholds().levelOf(c.confidence()),
                                r.alternatives());
                    }
                    return decided(byName, r, CARDIO);
                }
            }
        }
        return null;
    }

    private static MatchResult bodyweight(MatchResult byName, List<String> tokens, ExerciseMatcher matcher) {
        if (byName.best() == null || isBodyweight(byName.best().exerciseId(), matcher)) {
            return null;
        }
        for (String t : tokens) {
            if (ConfidenceRules.EQUIPMENT.containsKey(t) || ConfidenceRules.MODIFIERS.contains(t)) {
                return null; // "back squat", "dumbbell lunge": the name says which one
            }
        }
        MatchResult r = matcher.matchName("bodyweight " + String.join(" ", tokens));
        if (r.best() == null || !isBodyweight(r.best().exerciseId(), matcher)
                || r.confidence() < matcher.thresholds().medium()
                || !matcher.tokensOf(r.best().exerciseId()).containsAll(tokens)) {
            return null;
        }
        return decided(byName, r, BODYWEIGHT);
    }

    private static MatchResult decided(MatchResult byName, MatchResult chosen, String rule) {
        Candidate best = chosen.best();
        List<Candidate> alternatives = new java.util.ArrayList<>();
        if (byName.best() != null && !byName.best().exerciseId().equals(best.exerciseId())) {
            // the name's own answer stays visible, below the context's choice
            alternatives.add(new Candidate(byName.best().exerciseId(), byName.best().name(),
                    Calibration.round(Math.min(byName.confidence(), best.confidence() - 0.01))));
        }
        for (Candidate c : byName.alternatives()) {
            if (!c.exerciseId().equals(best.exerciseId()) && alternatives.size() < Calibration.ALTERNATIVES) {
                alternatives.add(new Candidate(c.exerciseId(), c.name(),
                        Calibration.round(Math.min(c.confidence(), best.confidence() - 0.01))));
            }
        }
        alternatives.sort(java.util.Comparator.comparingDouble(Candidate::confidence).reversed());
        return new MatchResult(byName.query(), best, chosen.level(), alternatives, chosen.unmatchedModifiers(), rule);
    }

    private static boolean isCardio(MatchResult r, ExerciseMatcher matcher) {
        if (r.best() == null) {
            return false;
        }
        CatalogExercise e = matcher.exercise(r.best().exerciseId());
        return e != null && (e.muscles().contains("cardio") || "cardio-machine".equals(e.equipment())
                || "conditioning".equals(e.pattern()) || "locomotion".equals(e.pattern()));
    }

    private static boolean isBodyweight(String id, ExerciseMatcher matcher) {
        CatalogExercise e = matcher.exercise(id);
        return e != null && "bodyweight".equals(e.equipment());
    }
}
