package com.workoutplanparser.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name is a base movement plus equipment and modifiers. When the name as a whole is not matched high
 * and it carries variant words (weighted, assisted, band, suspension, machine, Smith, cable, single-arm,
 * paused, deficit, tempo, an equipment word…), the base without them is looked up; when the base is
 * matched high, it comes back at medium (never high: the variant asked for is not in the catalog) with the
 * words no name of the base has in {@link MatchResult#unmatchedModifiers()}.
 */
final class VariantFallback {

    private VariantFallback() {
    }

    /** Words that make a variant of a base movement (in Normaliser form). */
    static final Set<String> VARIANT_WORDS = Set.of(
            "weighted", "assisted", "band", "banded", "suspension", "trx", "machine", "smith", "cable",
            "dumbbell", "barbell", "kettlebell", "plate", "ez", "landmine", "bodyweight", "pause", "paused",
            "deficit", "tempo", "isometric", "alternating", "unilateral", "ring", "rope", "weight", "lever",
            "leverage", "loaded", "resistance");
    /**
     * Variant words that name the implement the movement is done on, kept with the equipment words in the first
     * try: "Ring Row tempo" is a tempo ring row, and the row without "ring" is the barbell row.
     */
    private static final Set<String> IMPLEMENT_WORDS = Set.of("ring", "rope");
    /** Equipment values of a base that any equipment may vary ("Push-Up" → weighted, banded, on rings). */
    private static final Set<String> GENERIC_EQUIPMENT = Set.of("bodyweight", "other", "rings", "box");
    /** "single arm", "single leg": both words go together. */
    private static final Set<String> SIDE_WORDS = Set.of("arm", "leg", "hand");

    static MatchResult apply(String name, MatchResult whole, ExerciseMatcher matcher) {
        if (whole.level() == MatchLevel.HIGH) {
            return whole;
        }
        List<String> tokens = Normaliser.tokens(NameForm.canonical(name));
        // first without the variant words but with the equipment ("Single Leg Smith Lunge" is a Smith lunge
        // that is single-leg, not a lunge), then without both
        List<String> removedKeepingEquipment = new ArrayList<>();
        List<String> baseWithEquipment = base(tokens, true, removedKeepingEquipment);
        List<String> removed = new ArrayList<>();
        List<String> base = base(tokens, false, removed);
        if (!removedKeepingEquipment.isEmpty() && removedKeepingEquipment.size() < removed.size()) {
            MatchResult withEquipment = fallback(name, whole, removedKeepingEquipment, baseWithEquipment, matcher);
            if (withEquipment != null) {
                return withEquipment;
            }
        }
        MatchResult withoutEither = fallback(name, whole, removed, base, matcher);
        return withoutEither == null ? whole : withoutEither;
    }

    /** The tokens without variant words (kept: the equipment words when asked); the words taken out go to removed. */
    private static List<String> base(List<String> tokens, boolean keepEquipment, List<String> removed) {
        List<String> base = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean implement = ConfidenceRules.EQUIPMENT.containsKey(t) || IMPLEMENT_WORDS.contains(t);
            if (VARIANT_WORDS.contains(t) && !(keepEquipment && implement)) {
                removed.add(t);
            } else if (t.equals("single") && i + 1 < tokens.size() && SIDE_WORDS.contains(tokens.get(i + 1))) {
                removed.add(t + " " + tokens.get(++i));
            } else {
                base.add(t);
            }
        }
        return base;
    }

    /** The base's answer at medium, or null when the name's own answer stands. */
    private static MatchResult fallback(String name, MatchResult whole, List<String> removed, List<String> base,
                                        ExerciseMatcher matcher) {
        if (removed.isEmpty() || base.isEmpty()) {
            return null;
        }
        MatchResult baseMatch = matcher.matchName(String.join(" ", base));
        if (whole.best() != null && missing(removed, matcher.tokensOf(whole.best().exerciseId())).isEmpty()
                && (whole.confidence() >= matcher.thresholds().medium() || among(whole.best(), baseMatch)
                || matcher.tokensOf(whole.best().exerciseId()).containsAll(base)
                || samePattern(whole.best(), baseMatch, matcher))) {
            return null; // the name's own answer has the variant words: it is the variant, only less sure
        }
        if (baseMatch.level() != MatchLevel.HIGH) {
            return null;
        }
        Candidate found = baseMatch.best();
        List<String> unmatched = missing(removed, matcher.tokensOf(found.exerciseId()));
        double confidence;
        if (unmatched.isEmpty()) {
            confidence = baseMatch.confidence(); // "Skullcrusher (Barbell)": the base is the barbell one
        } else if (contradicts(removed, matcher.exercise(found.exerciseId()))) {
            // "Dumbbell Reverse Curl" with only the barbell one in the catalog: a sibling, not the base
            confidence = Math.min(baseMatch.confidence() - Calibration.CONFLICT_PENALTY, matcher.belowMedium());
        } else {
            confidence = Math.max(matcher.thresholds().medium(),
                    Math.min(baseMatch.confidence() - Calibration.MODIFIER_PENALTY, matcher.belowHigh()));
        }
        confidence = Calibration.round(confidence);
        if (whole.best() != null && whole.confidence() >= confidence
                && !whole.best().exerciseId().equals(found.exerciseId())) {
            return null;
        }
        Candidate best = new Candidate(found.exerciseId(), found.name(), confidence);
        List<Candidate> alternatives = new ArrayList<>();
        for (Candidate c : whole.best() == null ? List.<Candidate>of() : concat(whole.best(), whole.alternatives())) {
            if (!c.exerciseId().equals(best.exerciseId()) && alternatives.size() < Calibration.ALTERNATIVES) {
                alternatives.add(c.confidence() > confidence ? new Candidate(c.exerciseId(), c.name(), confidence) : c);
            }
        }
        alternatives.sort(java.util.Comparator.comparingDouble(Candidate::confidence).reversed());
        return new MatchResult(name, best, matcher.thresholds().levelOf(confidence), alternatives, unmatched, null);
    }

    /** True when a removed equipment word names other equipment than the base exercise's own specific one. */
    private static boolean contradicts(List<String> removed, CatalogExercise base) {
        String equipment = base == null ? null : base.equipment();
        if (equipment == null || GENERIC_EQUIPMENT.contains(equipment)) {
            return false;
        }
        List<String> equipmentWords = removed.stream().filter(ConfidenceRules.EQUIPMENT::containsKey).toList();
        return ConfidenceRules.equipmentConflict(equipmentWords, equipment, Set.of());
    }

    private static List<String> missing(List<String> words, Set<String> exerciseTokens) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            for (String part : w.split(" ")) {
                if (!exerciseTokens.contains(part)) {
                    out.add(w);
                    break;
                }
            }
        }
        return out;
    }

    /** True when the candidate is one of the base's answers: the variant of that base, not of another. */
    private static boolean among(Candidate c, MatchResult baseMatch) {
        return baseMatch.best() != null && (baseMatch.best().exerciseId().equals(c.exerciseId())
                || baseMatch.alternatives().stream().anyMatch(a -> a.exerciseId().equals(c.exerciseId())));
    }

    /** True when the candidate and the base's answer are the same movement pattern (lunge, vertical pull…). */
    private static boolean samePattern(Candidate c, MatchResult baseMatch, ExerciseMatcher matcher) {
        if (baseMatch.best() == null || baseMatch.level() != MatchLevel.HIGH) {
            return false;
        }
        CatalogExercise a = matcher.exercise(c.exerciseId());
        CatalogExercise b = matcher.exercise(baseMatch.best().exerciseId());
        return a != null && b != null && a.pattern() != null && a.pattern().equals(b.pattern());
    }

    private static List<Candidate> concat(Candidate first, List<Candidate> rest) {
        List<Candidate> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
