package com.workoutplanparser.match;

import me.xdrop.fuzzywuzzy.FuzzySearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a written exercise name to the catalog. Immutable and thread-safe: build a new one when the
 * catalog changes and swap it.
 *
 * <p>Layers, cheapest first:
 * <ol>
 *   <li>{@link Normaliser}: case, accents, punctuation, plurals, abbreviations, equipment words, typos.</li>
 *   <li>Exact lookup of the normalised text, and of its space-free form ("pullup" = "pull up"), over
 *       names and aliases: confidence 1.0 when it names exactly one exercise.</li>
 *   <li>Token index: every query token is resolved to catalog vocabulary (exactly, by a Romance final-vowel
 *       variant, or by a bounded spelling correction over a trigram index of the vocabulary); names are
 *       also indexed with German compounds split. Posting lists of the resolved tokens are read rarest
 *       first, each cut to its {@value #POSTING_LIMIT} shortest names, until {@value #CANDIDATE_BUDGET}
 *       candidate names have been scored by IDF-weighted token overlap (both ways); the best
 *       {@value #SHORTLIST} reach fuzzywuzzy. No query scans the catalog; the work per query is bounded (only the
 *       spelling correction of unknown words grows, with the vocabulary).</li>
 *   <li>Score = mean of the token-overlap F1 (a query word found only in another name of the exercise
 *       earns partial credit; an equipment word the exercise uses counts as present) and the best of
 *       fuzzywuzzy ratio on the text, on the sorted tokens (tokenSortRatio) and on the space-free text.
 *       tokenSetRatio is not used: it scores a subset ("press" in "bench press") as 100.</li>
 *   <li>Calibration: an equipment word the candidate contradicts, or a modifier of another class in the
 *       same exclusive group (front/back, incline/decline, chin/pull, overhand/underhand…) costs
 *       {@value #CONFLICT_PENALTY} and caps the confidence below medium; a variant word none of the
 *       candidate's names has costs {@value #MODIFIER_PENALTY} and caps it below high; when two
 *       different exercises are within {@value #AMBIGUITY_MARGIN}, the best is capped below high and the
 *       other is listed. Below {@value #NONE_BELOW} nothing is returned.</li>
 * </ol>
 * No semantic (embedding) signal: no in-process sentence model is on the classpath.
 */
public class ExerciseMatcher {

    static final int ALTERNATIVES = 4;
    static final int POSTING_LIMIT = 200;
    /** Candidate keys scored per query at most (after the posting that crosses it): bounds the cost. */
    static final int CANDIDATE_BUDGET = 250;
    static final int SHORTLIST = 12;
    static final int EXACT_SHORTLIST = 8;
    static final double AMBIGUITY_MARGIN = 0.03;
    static final double NONE_BELOW = 0.5;
    static final double ALTERNATIVE_FLOOR = 0.4;
    static final double CONFLICT_PENALTY = 0.08;
    /** A variant word of the query (incline, hammer…) that none of the exercise's names has. */
    static final double MODIFIER_PENALTY = 0.05;
    /** Credit for a query word found in another name of the same exercise (an alias in another language). */
    static final double OTHER_NAME_CREDIT = 0.7;

    private final MatchThresholds thresholds;
    private final CatalogExercise[] exercises;
    private final Set<String>[] exerciseTokens;
    private final int[][] exerciseTokenIds;
    /** Per exercise, bit i set when equipment word i of {@link ConfidenceRules#EQUIPMENT_WORDS} is implied. */
    private final int[] impliedMask;
    private final Key[] keys;
    private final Map<String, int[]> exactText;
    private final Map<String, int[]> exactCompact;
    private final Map<String, Integer> vocab;
    private final String[] tokenText;
    private final double[] idf;
    private final int[][] postings;
    private final Map<String, int[]> vocabTrigrams;
    private final double unknownIdf;

    /** One indexed name or alias of an exercise. */
    private record Key(int exercise, String text, String compact, String sorted, int[] tokenIds,
                       List<String> tokens, double weight) {
    }

    /** Per-thread "seen" stamps over the keys, so a query visits each candidate key once without allocating. */
    private static final class Scratch {
        final int[] seen;
        int stamp;
        final int[] vocabSeen;
        final int[] vocabCount;
        final int[] touched;
        int vocabStamp;

        Scratch(int keys, int vocabSize) {
            seen = new int[keys];
            vocabSeen = new int[vocabSize];
            vocabCount = new int[vocabSize];
            touched = new int[vocabSize];
        }

        int nextVocab() {
            if (++vocabStamp == Integer.MAX_VALUE) {
                Arrays.fill(vocabSeen, 0);
                vocabStamp = 1;
            }
            return vocabStamp;
        }

        int next() {
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(seen, 0);
                stamp = 1;
            }
            return stamp;
        }
    }

    private final ThreadLocal<Scratch> scratch;

    private boolean better(double tokA, int keyA, double tokB, int keyB) {
        if (tokA != tokB) {
            return tokA > tokB;
        }
        int la = keys[keyA].tokenIds().length;
        int lb = keys[keyB].tokenIds().length;
        return la != lb ? la < lb : keyA < keyB;
    }

    static String sortedTokens(List<String> tokens) {
        if (tokens.size() < 2) {
            return tokens.isEmpty() ? "" : tokens.get(0);
        }
        String[] a = tokens.toArray(new String[0]);
        Arrays.sort(a);
        return String.join(" ", a);
    }

    @SuppressWarnings("unchecked")
    public ExerciseMatcher(List<CatalogExercise> catalog, MatchThresholds thresholds) {
        this.thresholds = thresholds;
        Map<String, CatalogExercise> unique = new java.util.LinkedHashMap<>();
        for (CatalogExercise e : catalog) {
            unique.putIfAbsent(e.id(), e);
        }
        this.exercises = unique.values().toArray(new CatalogExercise[0]);
        int n = exercises.length;
        this.exerciseTokens = new Set[n];

        // names and aliases, normalised, deduplicated per exercise
        List<List<String>> normalised = new ArrayList<>(n);
        Set<String> plainVocab = new HashSet<>();
        for (CatalogExercise e : exercises) {
            List<String> forms = new ArrayList<>();
            forms.add(Normaliser.normalise(e.name()));
            for (Alias a : e.aliases()) {
                forms.add(Normaliser.normalise(a.text()));
            }
            normalised.add(forms);
            for (String f : forms) {
                plainVocab.addAll(Arrays.asList(f.split(" ")));
            }
        }
        plainVocab.remove("");
        List<List<String>> texts = new ArrayList<>(n);
        Map<String, Integer> vocabBuild = new HashMap<>();
        List<String> tokenList = new ArrayList<>();
        List<Integer> dfList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CatalogExercise e = exercises[i];
            Set<String> forms = new LinkedHashSet<>(normalised.get(i));
            for (String f : normalised.get(i)) {
                String split = Normaliser.decompound(f, plainVocab);
                if (split != null) {
                    forms.add(split); // "schragbankdrucken" is also indexed as "incline bankdrucken"
                }
            }
            forms.remove("");
            texts.add(new ArrayList<>(forms));
            Set<String> toks = new HashSet<>();
            for (String f : forms) {
                toks.addAll(Arrays.asList(f.split(" ")));
            }
            exerciseTokens[i] = Set.copyOf(toks);
            for (String t : toks) {
                Integer id = vocabBuild.get(t);
                if (id == null) {
                    id = tokenList.size();
                    vocabBuild.put(t, id);
                    tokenList.add(t);
                    dfList.add(0);
                }
                dfList.set(id, dfList.get(id) + 1);
            }
        }
        this.vocab = Map.copyOf(vocabBuild);
        this.tokenText = tokenList.toArray(new String[0]);
        this.exerciseTokenIds = new int[n][];
        for (int i = 0; i < n; i++) {
            exerciseTokenIds[i] = exerciseTokens[i].stream().mapToInt(vocabBuild::get).sorted().toArray();
        }
        this.impliedMask = new int[n];
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < ConfidenceRules.EQUIPMENT_WORDS.size(); b++) {
                if (ConfidenceRules.impliedEquipment(ConfidenceRules.EQUIPMENT_WORDS.get(b),
                        exercises[i].equipment(), exerciseTokens[i])) {
                    impliedMask[i] |= 1 << b;
                }
            }
        }
        this.idf = new double[tokenText.length];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = Math.log(1.0 + (double) n / dfList.get(t));
        }
        this.unknownIdf = Math.log(1.0 + Math.max(1, n));

        List<Key> keyList = new ArrayList<>();
        Map<String, Set<Integer>> exactT = new HashMap<>();
        Map<String, Set<Integer>> exactC = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String text : texts.get(i)) {
                List<String> toks = List.of(text.split(" "));
                int[] ids = toks.stream().mapToInt(vocabBuild::get).distinct().sorted().toArray();
                double w = 0;
                for (int id : ids) {
                    w += idf[id];
                }
                String compact = Normaliser.compact(text);
                keyList.add(new Key(i, text, compact, sortedTokens(toks), ids, toks, w));
                exactT.computeIfAbsent(text, k -> new LinkedHashSet<>()).add(i);
                exactC.computeIfAbsent(compact, k -> new LinkedHashSet<>()).add(i);
            }
        }
        this.keys = keyList.toArray(new Key[0]);
        final int keyCount = keys.length;
        final int vocabSize = tokenText.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(keyCount, vocabSize));
        this.exactText = freeze(exactT);
        this.exactCompact = freeze(exactC);

        // postings, shortest names first so a cut keeps the names a short query most likely means
        List<List<Integer>> post = new ArrayList<>(tokenText.length);
        for (int t = 0; t < tokenText.length; t++) {
            post.add(new ArrayList<>());
        }
        for (int k = 0; k < keys.length; k++) {
            for (int id : keys[k].tokenIds()) {
                post.get(id).add(k);
            }
        }
        Comparator<Integer> shortFirst = Comparator.<Integer>comparingInt(k -> keys[k].tokenIds().length)
                .thenComparingInt(k -> keys[k].text().length()).thenComparingInt(k -> k);
        this.postings = new int[tokenText.length][];
        for (int t = 0; t < tokenText.length; t++) {
            List<Integer> p = post.get(t);
            p.sort(shortFirst);
            postings[t] = p.stream().mapToInt(Integer::intValue).toArray();
        }

        // trigram index over the vocabulary, for spelling correction of unknown query tokens
        Map<String, List<Integer>> tri = new HashMap<>();
        for (int t = 0; t < tokenText.length; t++) {
            for (String g : trigrams(tokenText[t])) {
                tri.computeIfAbsent(g, k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, int[]> triFrozen = new HashMap<>();
        tri.forEach((g, l) -> triFrozen.put(g, l.stream().mapToInt(Integer::intValue).distinct().toArray()));
        this.vocabTrigrams = Map.copyOf(triFrozen);
    }

    private static Map<String, int[]> freeze(Map<String, Set<Integer>> m) {
        Map<String, int[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    public int size() {
        return exercises.length;
    }

    /** A query token and the catalog tokens it may stand for. */
    private record Resolved(String text, double weight, int[] ids, double[] sims, String canonical,
                            int equipmentBit) {
        Resolved {
            equipmentBit = ConfidenceRules.equipmentBit(canonical);
        }

        Resolved(String text, double weight, int[] ids, double[] sims, String canonical) {
            this(text, weight, ids, sims, canonical, -1);
        }

        boolean equipment() {
            return equipmentBit >= 0;
        }
    }

    public MatchResult match(String name) {
        Map<String, Resolved> cache = new HashMap<>();
        List<String> qTokens = splitCompounds(Normaliser.tokens(name), cache);
        if (qTokens.isEmpty() || exercises.length == 0) {
            return MatchResult.none(name);
        }
        String qText = String.join(" ", qTokens);
        String qCompact = Normaliser.compact(qText);

        Map<Integer, Double> byExercise = new HashMap<>();
        Map<Integer, Key> bestKey = new HashMap<>();
        Set<Integer> exact = new HashSet<>();
        int[] hit = exactText.get(qText);
        if (hit == null) {
            hit = exactCompact.get(qCompact);
        }
        if (hit != null) {
            for (int e : hit) {
                exact.add(e);
                byExercise.put(e, 1.0);
            }
        }

        // resolve tokens to vocabulary
        List<Resolved> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean hasEquipment = false;
        for (String t : qTokens) {
            if (!seen.add(t)) {
                continue;
            }
            Resolved r = resolveCached(t, cache);
            resolved.add(r);
            hasEquipment |= r.equipment();
        }
        List<String> canonical = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            canonical.add(r.canonical());
        }

        // candidate keys from postings; each key scored once by IDF-weighted token overlap (both ways),
        // the best few kept in a small sorted array: no sort of the whole candidate set
        int limit = exact.isEmpty() ? SHORTLIST : EXACT_SHORTLIST;
        int[] topKey = new int[limit];
        double[] topTok = new double[limit];
        int nTop = 0;
        Scratch scratch = this.scratch.get();
        int stamp = scratch.next();
        int[] seenAt = scratch.seen;
        // postings of the resolved tokens, rarest first, until the candidate budget is spent: the common
        // tokens ("press", "barbell") still count in every candidate's score, they just do not add candidates
        long[] byLength = new long[16];
        int nIds = 0;
        for (Resolved r : resolved) {
            for (int id : r.ids()) {
                if (nIds == byLength.length) {
                    byLength = Arrays.copyOf(byLength, nIds * 2);
                }
                byLength[nIds++] = ((long) postings[id].length << 32) | id;
            }
        }
        Arrays.sort(byLength, 0, nIds);
        int visited = 0;
        for (int x = 0; x < nIds && visited < CANDIDATE_BUDGET; x++) {
            int[] p = postings[(int) byLength[x]];
            int lim = Math.min(p.length, POSTING_LIMIT);
            for (int i = 0; i < lim; i++) {
                int key = p[i];
                if (seenAt[key] == stamp) {
                    continue;
                }
                seenAt[key] = stamp;
                visited++;
                double t = tokenF1(keys[key], resolved, false);
                if (t <= 0 || (nTop == limit && !better(t, key, topTok[nTop - 1], topKey[nTop - 1]))) {
                    continue;
                }
                int j = nTop < limit ? nTop++ : limit - 1;
                while (j > 0 && better(t, key, topTok[j - 1], topKey[j - 1])) {
                    topTok[j] = topTok[j - 1];
                    topKey[j] = topKey[j - 1];
                    j--;
                }
                topTok[j] = t;
                topKey[j] = key;
            }
        }

        // fuzzywuzzy over the shortlist
        String qSorted = sortedTokens(qTokens);
        for (int s = 0; s < nTop; s++) {
            Key k = keys[topKey[s]];
            if (exact.contains(k.exercise())) {
                bestKey.putIfAbsent(k.exercise(), k);
                continue;
            }
            String qt = qText;
            String qs = qSorted;
            String qc = qCompact;
            int qn = qTokens.size();
            if (hasEquipment) {
                List<String> stripped = withoutImpliedEquipment(qTokens, k);
                if (stripped != null && !stripped.isEmpty()) {
                    qt = String.join(" ", stripped);
                    qs = sortedTokens(stripped);
                    qc = Normaliser.compact(qt);
                    qn = stripped.size();
                }
            }
            // fuzzywuzzy ratio on the text, on the sorted tokens (= tokenSortRatio, key side precomputed),
            // and on the space-free text when the token counts differ ("pullup" vs "pull up")
            int fw = FuzzySearch.ratio(qt, k.text());
            if (fw < 100) {
                fw = Math.max(fw, FuzzySearch.ratio(qs, k.sorted()));
            }
            if (fw < 100 && qn != k.tokens().size()) {
                fw = Math.max(fw, FuzzySearch.ratio(qc, k.compact()));
            }
            double sc = 0.5 * tokenF1(k, resolved, true) + 0.5 * fw / 100.0;
            Double prev = byExercise.get(k.exercise());
            if (prev == null || sc > prev) {
                byExercise.put(k.exercise(), sc);
                bestKey.put(k.exercise(), k);
            }
        }

        // calibration
        double belowHigh = Math.max(0, thresholds.high() - 0.02);
        double belowMedium = Math.max(0, thresholds.medium() - 0.02);
        List<Candidate> ranked = new ArrayList<>(byExercise.size());
        for (Map.Entry<Integer, Double> en : byExercise.entrySet()) {
            int e = en.getKey();
            double sc = en.getValue();
            if (!exact.contains(e)) {
                Key k = bestKey.get(e);
                List<String> keyTokens = k == null ? List.of() : k.tokens();
                if (ConfidenceRules.equipmentConflict(canonical, exercises[e].equipment(), exerciseTokens[e])
                        || ConfidenceRules.modifierConflict(canonical, keyTokens)) {
                    sc = Math.min(sc - CONFLICT_PENALTY, belowMedium);
                } else if (ConfidenceRules.queryOnlyModifier(canonical, exerciseTokens[e])) {
                    sc = Math.min(sc - MODIFIER_PENALTY, belowHigh);
                }
            }
            ranked.add(new Candidate(exercises[e].id(), exercises[e].name(), round(sc)));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparing(Candidate::exerciseId));
        if (ranked.isEmpty() || ranked.get(0).confidence() < NONE_BELOW) {
            return MatchResult.none(name);
        }
        Candidate best = ranked.get(0);
        if (ranked.size() > 1 && ranked.get(1).confidence() >= best.confidence() - AMBIGUITY_MARGIN
                && best.confidence() > belowHigh) {
            best = new Candidate(best.exerciseId(), best.name(), belowHigh);
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

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * F1 of the IDF-weighted share of query tokens found in the key and of key tokens found in the query.
     * A query equipment word that the key lacks but the exercise uses is left out of the query side
     * (the equipment is implied by the exercise, not missing from it).
     */
    private double tokenF1(Key k, List<Resolved> resolved, boolean otherNames) {
        double queryWeight = 0;
        double matchedQ = 0;
        double matchedK = 0;
        int[] kid = k.tokenIds();
        for (Resolved r : resolved) {
            double best = 0;
            int bestId = -1;
            int[] ids = r.ids();
            for (int j = 0; j < ids.length; j++) {
                if (r.sims()[j] > best && Arrays.binarySearch(kid, ids[j]) >= 0) {
                    best = r.sims()[j];
                    bestId = ids[j];
                }
            }
            if (bestId >= 0) {
                queryWeight += r.weight();
                matchedQ += r.weight() * best;
                matchedK += idf[bestId] * best;
            } else if (!(r.equipmentBit() >= 0 && (impliedMask[k.exercise()] & (1 << r.equipmentBit())) != 0)) {
                queryWeight += r.weight();
                int[] eid = exerciseTokenIds[k.exercise()];
                for (int j = 0; otherNames && j < ids.length; j++) {
                    if (Arrays.binarySearch(eid, ids[j]) >= 0) {
                        matchedQ += r.weight() * r.sims()[j] * OTHER_NAME_CREDIT;
                        break;
                    }
                }
            }
        }
        if (matchedQ <= 0 || queryWeight <= 0 || k.weight() <= 0) {
            return 0;
        }
        double cq = matchedQ / queryWeight;
        double ck = Math.min(1.0, matchedK / k.weight());
        return 2 * cq * ck / (cq + ck);
    }

    private boolean impliedBy(String equipmentWord, int exercise) {
        int bit = ConfidenceRules.equipmentBit(equipmentWord);
        if (bit >= 0) {
            return (impliedMask[exercise] & (1 << bit)) != 0;
        }
        return ConfidenceRules.impliedEquipment(equipmentWord, exercises[exercise].equipment(),
                exerciseTokens[exercise]);
    }

    /** The query tokens without equipment words the exercise implies but this key does not spell out. */
    private List<String> withoutImpliedEquipment(List<String> qTokens, Key k) {
        List<String> kept = null;
        for (int i = 0; i < qTokens.size(); i++) {
            String t = qTokens.get(i);
            boolean drop = ConfidenceRules.EQUIPMENT.containsKey(t) && !k.tokens().contains(t)
                    && impliedBy(t, k.exercise());
            if (drop && kept == null) {
                kept = new ArrayList<>(qTokens.subList(0, i));
            } else if (!drop && kept != null) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** Known token as is; unknown token → up to 3 vocabulary tokens within a small edit distance. */
    private Resolved resolveCached(String t, Map<String, Resolved> cache) {
        Resolved r = cache.get(t);
        if (r == null) {
            r = resolve(t);
            cache.put(t, r);
        }
        return r;
    }

    private Resolved resolve(String t) {
        Integer id = vocab.get(t);
        if (id != null) {
            int variant = romanceVariant(t);
            if (variant >= 0) {
                return new Resolved(t, idf[id], new int[]{id, variant}, new double[]{1.0, 0.95}, t);
            }
            return new Resolved(t, idf[id], new int[]{id}, new double[]{1.0}, t);
        }
        if (t.length() < 4) {
            return new Resolved(t, unknownIdf, new int[0], new double[0], t);
        }
        Resolved r = spell(t);
        if (r.ids().length == 0 && t.length() > 4 && t.endsWith("s")) {
            Resolved stripped = spell(t.substring(0, t.length() - 1)); // "burpess": a plural gone wrong
            if (stripped.ids().length > 0) {
                return new Resolved(t, stripped.weight(), stripped.ids(), stripped.sims(), stripped.canonical());
            }
        }
        return r;
    }

    private Resolved spell(String t) {
        Scratch sc = scratch.get();
        int stamp = sc.nextVocab();
        int[] count = sc.vocabCount;
        int[] at = sc.vocabSeen;
        int[] touched = sc.touched;
        int nTouched = 0;
        List<String> grams = trigrams(t);
        for (String g : grams) {
            int[] p = vocabTrigrams.get(g);
            if (p != null) {
                for (int v : p) {
                    if (at[v] != stamp) {
                        at[v] = stamp;
                        count[v] = 0;
                        touched[nTouched++] = v;
                    }
                    count[v]++;
                }
            }
        }
        int need = Math.max(1, grams.size() / 3);
        double minSim = t.length() <= 5 ? 0.79 : 0.74;
        int[] ids = new int[3];
        double[] sims = new double[3];
        int found = 0;
        for (int x = 0; x < nTouched; x++) {
            int vid = touched[x];
            if (count[vid] < need) {
                continue;
            }
            String v = tokenText[vid];
            if (Math.abs(v.length() - t.length()) > 2) {
                continue;
            }
            double sim = similarity(t, v);
            if (sim < minSim) {
                continue;
            }
            int slot = found < 3 ? found++ : (sims[2] < sim ? 2 : -1);
            if (slot < 0) {
                continue;
            }
            ids[slot] = vid;
            sims[slot] = sim;
            for (int j = slot; j > 0 && sims[j] > sims[j - 1]; j--) {
                double ts = sims[j]; sims[j] = sims[j - 1]; sims[j - 1] = ts;
                int ti = ids[j]; ids[j] = ids[j - 1]; ids[j - 1] = ti;
            }
        }
        if (found == 0) {
            return new Resolved(t, unknownIdf, new int[0], new double[0], t);
        }
        ids = Arrays.copyOf(ids, found);
        sims = Arrays.copyOf(sims, found);
        return new Resolved(t, idf[ids[0]], ids, sims, tokenText[ids[0]]);
    }

    /** A catalog token that differs only in a final vowel (prona/prone, inclinado/inclinada), or -1. */
    private int romanceVariant(String t) {
        int n = t.length();
        if (n < 4 || !isVowel(t.charAt(n - 1))) {
            return -1;
        }
        String stem = t.substring(0, n - 1);
        for (char v : new char[]{'a', 'e', 'i', 'o'}) {
            if (v != t.charAt(n - 1)) {
                Integer id = vocab.get(stem + v);
                if (id != null) {
                    return id;
                }
            }
        }
        return -1;
    }

    /** Splits an unknown token into two catalog tokens when it is exactly their concatenation ("pullup"). */
    private List<String> splitCompounds(List<String> tokens, Map<String, Resolved> cache) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String[] split = null;
            if (t.length() >= 5 && !vocab.containsKey(t) && resolveCached(t, cache).ids().length == 0) {
                for (int cut = 2; cut <= t.length() - 2; cut++) {
                    String a = t.substring(0, cut);
                    String b = t.substring(cut);
                    if (vocab.containsKey(a) && vocab.containsKey(b)) {
                        split = new String[]{a, b};
                        break;
                    }
                }
            }
            if (split != null && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                if (split != null) {
                    out.add(split[0]);
                    out.add(split[1]);
                } else {
                    out.add(t);
                }
            }
        }
        return out == null ? tokens : out;
    }

    static List<String> trigrams(String t) {
        String p = "^" + t + "$";
        List<String> out = new ArrayList<>(p.length());
        for (int i = 0; i + 3 <= p.length(); i++) {
            out.add(p.substring(i, i + 3));
        }
        return out;
    }

    /** 1 − (optimal string alignment distance / longer length): a transposition costs one edit. */
    static double similarity(String a, String b) {
        int n = a.length();
        if (n == b.length() && n >= 4 && a.regionMatches(0, b, 0, n - 1)
                && isVowel(a.charAt(n - 1)) && isVowel(b.charAt(n - 1))) {
            return 0.95; // Romance gender/number ending: supino/supina, prona/prone
        }
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return 1.0 - (double) d[n][m] / Math.max(n, m);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Kept for callers of the first cut: the canonical form used for lookups. */
    static String normalise(String s) {
        return Normaliser.normalise(s);
    }
}
