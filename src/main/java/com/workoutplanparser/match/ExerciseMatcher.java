package com.workoutplanparser.match;

import me.xdrop.fuzzywuzzy.FuzzySearch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches a written exercise name to the catalog. Immutable: build a new one when the catalog changes.
 * First cut (exact alias lookup, then a fuzzywuzzy scan); deepened by the matcher issue.
 */
public class ExerciseMatcher {

    private static final int ALTERNATIVES = 3;

    private final MatchThresholds thresholds;
    private final Map<String, CatalogExercise> byKey = new HashMap<>();
    private final Map<String, CatalogExercise> byId = new LinkedHashMap<>();

    public ExerciseMatcher(List<CatalogExercise> catalog, MatchThresholds thresholds) {
        this.thresholds = thresholds;
        for (CatalogExercise e : catalog) {
            byId.put(e.id(), e);
            byKey.putIfAbsent(normalise(e.name()), e);
            for (Alias a : e.aliases()) {
                byKey.putIfAbsent(normalise(a.text()), e);
            }
        }
    }

    public int size() {
        return byId.size();
    }

    public MatchResult match(String name) {
        String key = normalise(name);
        if (key.isEmpty()) {
            return MatchResult.none(name);
        }
        CatalogExercise exact = byKey.get(key);
        Map<String, Double> scores = new HashMap<>();
        if (exact != null) {
            scores.put(exact.id(), 1.0);
        }
        for (Map.Entry<String, CatalogExercise> entry : byKey.entrySet()) {
            // Plain ratio: WRatio scores a word contained in a name ("press" in "unicorn press") as a near match.
            double s = Math.max(FuzzySearch.ratio(key, entry.getKey()), FuzzySearch.tokenSortRatio(key, entry.getKey())) / 100.0;
            scores.merge(entry.getValue().id(), s, Math::max);
        }
        List<Candidate> ranked = new ArrayList<>();
        scores.forEach((id, s) -> ranked.add(new Candidate(id, byId.get(id).name(), s)));
        ranked.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
        if (ranked.isEmpty() || ranked.get(0).confidence() < 0.5) {
            return MatchResult.none(name);
        }
        Candidate best = ranked.get(0);
        return new MatchResult(name, best, thresholds.levelOf(best.confidence()),
                ranked.subList(1, Math.min(ranked.size(), 1 + ALTERNATIVES)));
    }

    static String normalise(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
