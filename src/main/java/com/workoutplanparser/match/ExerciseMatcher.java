package com.workoutplanparser.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a written exercise name to the catalog. Immutable and thread-safe: build a new one when the
 * catalog changes and swap it.
 *
 * <p>The parts, cheapest first:
 * <ol>
 *   <li>{@link NameForm} and {@link Normaliser}: parenthesised, comma and dash suffixes ("Bench Press
 *       (Dumbbell)", "Bench Press, Dumbbell") reordered to one canonical form; case, accents, scripts,
 *       plurals, abbreviations, equipment words in other languages, typos.</li>
 *   <li>Exact lookup ({@link MatcherIndex}) of the canonical text, of its space-free form ("pullup" = "pull
 *       up") and of its sorted tokens, over names and aliases: confidence 1.0 when it names one exercise.</li>
 *   <li>{@link TokenResolver} and {@link CandidateGenerator}: tokens resolved to catalog vocabulary, a
 *       bounded read of the posting lists; no query scans the catalog.</li>
 *   <li>{@link CandidateScorer}: token overlap and fuzzywuzzy over the shortlist.</li>
 *   <li>{@link Calibration}: the confidence rules, ambiguity, alternatives.</li>
 *   <li>{@link VariantFallback}: a variant the catalog lacks ("Push Up (Weighted)") comes back as its base
 *       exercise at medium, with the modifier said in {@link MatchResult#unmatchedModifiers()}.</li>
 *   <li>{@link QualifierAsName}: a part in parentheses that is itself a name ("Back Extension
 *       (Hyperextension)") is read apart from the rest.</li>
 *   <li>{@link ContextRules}: what the line says besides the name ({@link MatchContext}) may choose another
 *       exercise ("Row 500 m" is the rowing machine); the result then names the rule.</li>
 * </ol>
 * No semantic (embedding) signal: no in-process sentence model is on the classpath.
 */
public class ExerciseMatcher {

    static final int SHORTLIST = 12;
    static final int EXACT_SHORTLIST = 8;
    /** Distinct names (with their kind of context) remembered per matcher: a few MB at most. */
    static final int REMEMBERED = 8192;

    private final MatcherIndex index;
    private final TokenResolver resolver;
    private final CandidateScorer scorer;
    private final CandidateGenerator generator;
    private final Calibration calibration;
    private final RecentMatches recent = new RecentMatches(REMEMBERED);

    public ExerciseMatcher(List<CatalogExercise> catalog, MatchThresholds thresholds) {
        this.index = new MatcherIndex(catalog);
        this.resolver = new TokenResolver(index);
        this.scorer = new CandidateScorer(index);
        this.generator = new CandidateGenerator(index, scorer);
        this.calibration = new Calibration(index, thresholds);
    }

    public int size() {
        return index.exercises.length;
    }

    /** The best exercise for a name alone. */
    public MatchResult match(String name) {
        return match(name, MatchContext.NONE);
    }

    /** The best exercise for a name, with what the line says besides it. */
    public MatchResult match(String name, MatchContext context) {
        MatchContext line = context == null ? MatchContext.NONE : context;
        return name == null ? matchAfresh(null, line) : recent.get(name, line, () -> matchAfresh(name, line));
    }

    private MatchResult matchAfresh(String name, MatchContext context) {
        MatchResult byName = AlternativeNames.match(name, this::byName, this);
        if (byName == null) {
            byName = byName(name);
        }
        return ContextRules.apply(byName, context, this);
    }

    private MatchResult byName(String name) {
        MatchResult whole = VariantFallback.apply(name, matchName(NameForm.canonical(name)), this).asQuery(name);
        return QualifierAsName.apply(name, whole, this);
    }

    /** The name alone, already in canonical written form, without fallbacks: the core lookup. */
    MatchResult matchName(String name) {
        Map<String, ResolvedToken> cache = new HashMap<>();
        List<String> tokens = resolver.splitCompounds(Normaliser.tokens(name), cache);
        if (tokens.isEmpty() || index.exercises.length == 0) {
            return MatchResult.none(name);
        }
        Query q = query(tokens, cache);
        Map<Integer, Double> scores = new HashMap<>();
        Map<Integer, IndexKey> bestKey = new HashMap<>();
        Set<Integer> exact = exactHits(q);
        for (int e : exact) {
            scores.put(e, 1.0);
        }
        for (int key : generator.shortlist(q, exact.isEmpty() ? SHORTLIST : EXACT_SHORTLIST)) {
            IndexKey k = index.keys[key];
            if (exact.contains(k.exercise())) {
                bestKey.putIfAbsent(k.exercise(), k);
                continue;
            }
            double sc = scorer.score(q, k);
            Double prev = scores.get(k.exercise());
            if (prev == null || sc > prev) {
                scores.put(k.exercise(), sc);
                bestKey.put(k.exercise(), k);
            }
        }
        return calibration.calibrate(name, q, scores, bestKey, exact);
    }

    private Query query(List<String> tokens, Map<String, ResolvedToken> cache) {
        String text = String.join(" ", tokens);
        List<ResolvedToken> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean hasEquipment = false;
        for (String t : tokens) {
            if (seen.add(t)) {
                ResolvedToken r = resolver.resolve(t, cache);
                resolved.add(r);
                hasEquipment |= r.equipment();
            }
        }
        List<String> canonical = resolved.stream().map(ResolvedToken::canonical).toList();
        return new Query(tokens, text, Normaliser.compact(text), MatcherIndex.sortedTokens(tokens), resolved,
                canonical, hasEquipment);
    }

    /** Exercises the query names exactly: by text, space-free text, or (when unambiguous) any word order. */
    private Set<Integer> exactHits(Query q) {
        int[] hit = index.exactText.get(q.text());
        if (hit != null && hit.length > 1) {
            int[] named = index.exactName.get(q.text());
            hit = named != null && named.length == 1 ? named : hit; // a name beats another exercise's alias
        }
        if (hit == null) {
            hit = index.exactCompact.get(q.compact());
        }
        if (hit == null) {
            int[] sorted = index.exactSorted.get(q.sorted());
            hit = sorted != null && sorted.length == 1 ? sorted : null;
        }
        Set<Integer> out = new HashSet<>();
        if (hit != null) {
            for (int e : hit) {
                out.add(e);
            }
        }
        return out;
    }

    /** The catalog exercise with this id, or null. */
    CatalogExercise exercise(String id) {
        Integer i = index.byId.get(id);
        return i == null ? null : index.exercises[i];
    }

    /** All tokens of every name of the exercise with this id (empty when unknown). */
    Set<String> tokensOf(String id) {
        Integer i = index.byId.get(id);
        return i == null ? Set.of() : index.exerciseTokens[i];
    }

    MatchThresholds thresholds() {
        return calibration.thresholds();
    }

    double belowHigh() {
        return calibration.belowHigh();
    }

    double belowMedium() {
        return calibration.belowMedium();
    }

    /** Kept for callers of the first cut: the canonical form used for lookups. */
    static String normalise(String s) {
        return Normaliser.normalise(s);
    }
}
