package com.workoutplanparser.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw scores into honest confidences with the {@link ConfidenceRules}: an equipment word the candidate
 * contradicts, or a modifier of another class in the same exclusive group (front/back, incline/decline,
 * chin/pull, overhand/underhand…) costs {@value #CONFLICT_PENALTY} and caps the confidence below medium; a
 * variant word none of the candidate's names has costs {@value #MODIFIER_PENALTY} and caps it below high;
 * when two different exercises are within {@value #AMBIGUITY_MARGIN}, the best is capped below high and the
 * other is listed, unless the query is exactly the best one's name or alias and no other's. Below {@value #NONE_BELOW} nothing is returned.
 */
final class Calibration {

    static final int ALTERNATIVES = 4;
    static final double AMBIGUITY_MARGIN = 0.03;
    static final double NONE_BELOW = 0.5;
    static final double ALTERNATIVE_FLOOR = 0.4;
    static final double CONFLICT_PENALTY = 0.08;
    /** A variant word of the query (incline, hammer…) that none of the exercise's names has. */
    static final double MODIFIER_PENALTY = 0.05;

    private final MatcherIndex index;
    private final MatchThresholds thresholds;

    Calibration(MatcherIndex index, MatchThresholds thresholds) {
        this.index = index;
        this.thresholds = thresholds;
    }

    double belowHigh() {
        return Math.max(0, thresholds.high() - 0.02);
    }

    double belowMedium() {
        return Math.max(0, thresholds.medium() - 0.02);
    }

    MatchThresholds thresholds() {
        return thresholds;
    }

    /**
     * @param scores  raw score per exercise index
     * @param bestKey the name of each exercise that earned its score (absent for exact hits)
     * @param exact   exercises whose name the query is exactly: no rule lowers them
     */
    MatchResult calibrate(String name, Query q, Map<Integer, Double> scores, Map<Integer, IndexKey> bestKey,
                          Set<Integer> exact) {
        List<Candidate> ranked = new ArrayList<>(scores.size());
        for (Map.Entry<Integer, Double> en : scores.entrySet()) {
            int e = en.getKey();
            double sc = en.getValue();
            if (!exact.contains(e)) {
                IndexKey k = bestKey.get(e);
                sc = adjust(sc, q.canonical(), e, k == null ? List.of() : k.tokens());
            }
            CatalogExercise ex = index.exercises[e];
            ranked.add(new Candidate(ex.id(), ex.name(), round(sc)));
        }
        Set<String> exactIds = exactIds(exact);
        // On equal confidence the exercise the query names exactly goes first: "Machine Lat Pulldown" is that
        // exercise's name, and the cable one reaches 1.0 only because an alias of it mentions a machine.
        ranked.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparing(c -> !exactIds.contains(c.exerciseId()))
                .thenComparing(Candidate::exerciseId));
        if (ranked.isEmpty() || ranked.get(0).confidence() < NONE_BELOW) {
            return MatchResult.none(name);
        }
        Candidate best = ranked.get(0);
        // The query is exactly one exercise's name or alias and not another's (the catalog checks give every
        // name one owner): a fuzzy runner-up does not make that ambiguous ("Barbell Preacher Curl" is not in
        // doubt because "Preacher Curl" names the EZ-bar one).
        boolean exactAndAlone = exactIds.contains(best.exerciseId())
                && (ranked.size() < 2 || !exactIds.contains(ranked.get(1).exerciseId()));
        if (!exactAndAlone && ranked.size() > 1 && ranked.get(1).confidence() >= best.confidence() - AMBIGUITY_MARGIN
                && best.confidence() > belowHigh()) {
            best = new Candidate(best.exerciseId(), best.name(), belowHigh());
        }
        List<Candidate> alternatives = new ArrayList<>(ALTERNATIVES);
        for (int i = 1; i < ranked.size() && alternatives.size() < ALTERNATIVES; i++) {
            Candidate c = ranked.get(i);
            if (c.confidence() < ALTERNATIVE_FLOOR) {
                break;
            }
            alternatives.add(c.confidence() > best.confidence()
                    ? new Candidate(c.exerciseId(), c.name(), best.confidence()) : c);
        }
        return new MatchResult(name, best, thresholds.levelOf(best.confidence()), alternatives);
    }

    private Set<String> exactIds(Set<Integer> exact) {
        Set<String> ids = new java.util.HashSet<>();
        for (int e : exact) {
            ids.add(index.exercises[e].id());
        }
        return ids;
    }

    /** The score after the conflict and modifier rules for exercise {@code e} reached through {@code keyTokens}. */
    private double adjust(double sc, List<String> canonical, int e, List<String> keyTokens) {
        if (ConfidenceRules.equipmentConflict(canonical, index.exercises[e].equipment(), index.exerciseTokens[e])
                || ConfidenceRules.modifierConflict(canonical, keyTokens)) {
            return Math.min(sc - CONFLICT_PENALTY, belowMedium());
        }
        if (ConfidenceRules.queryOnlyModifier(canonical, index.exerciseTokens[e])) {
            return Math.min(sc - MODIFIER_PENALTY, belowHigh());
        }
        return sc;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
