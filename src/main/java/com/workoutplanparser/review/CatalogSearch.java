package com.workoutplanparser.review;

import com.workoutplanparser.match.Alias;
import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.match.Candidate;
import com.workoutplanparser.match.MatchResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's search over the catalog, for picking an exercise the matcher did not propose: first what
 * the matcher makes of the query (best and alternatives, fuzzy), then every exercise whose name or an alias
 * contains all the query's words (names starting with the query first).
 */
public final class CatalogSearch {

    public record Hit(String exerciseId, String name, String equipment, Double confidence) {
    }

    private CatalogSearch() {
    }

    public static List<Hit> search(String query, List<CatalogExercise> catalog, MatchResult match, int limit) {
        String key = AliasLearning.nameKey(query);
        Map<String, CatalogExercise> byId = new LinkedHashMap<>();
        catalog.forEach(e -> byId.put(e.id(), e));
        Map<String, Hit> hits = new LinkedHashMap<>();
        if (match != null && match.best() != null) {
            add(hits, match.best(), byId);
            match.alternatives().forEach(c -> add(hits, c, byId));
        }
        String[] words = key.isEmpty() ? new String[0] : key.split(" ");
        catalog.stream()
                .filter(e -> containsAll(e, words))
                .sorted(Comparator.comparing((CatalogExercise e) -> !AliasLearning.nameKey(e.name()).startsWith(key))
                        .thenComparing(CatalogExercise::name))
                .forEach(e -> hits.putIfAbsent(e.id(), new Hit(e.id(), e.name(), e.equipment(), null)));
        return new ArrayList<>(hits.values()).subList(0, Math.min(limit, hits.size()));
    }

    private static void add(Map<String, Hit> hits, Candidate c, Map<String, CatalogExercise> byId) {
        CatalogExercise e = byId.get(c.exerciseId());
        hits.putIfAbsent(c.exerciseId(), new Hit(c.exerciseId(), c.name(), e == null ? null : e.equipment(),
                Math.round(c.confidence() * 1000) / 1000.0));
    }

    private static boolean containsAll(CatalogExercise e, String[] words) {
        List<String> names = new ArrayList<>();
        names.add(AliasLearning.nameKey(e.name()));
        names.add(AliasLearning.nameKey(e.id()));
        e.aliases().stream().map(Alias::text).map(AliasLearning::nameKey).forEach(names::add);
        return names.stream().anyMatch(n -> Arrays.stream(words).allMatch(n::contains));
    }
}
