package com.workoutplanparser.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable indexes over a catalog: every name and alias normalised (and German compounds split), a
 * vocabulary with IDF weights, posting lists (shortest names first, so a cut keeps the names a short query
 * most likely means), exact lookups by text, space-free text and sorted tokens (any word order of a name
 * is the same name: "bench press dumbbell" = "dumbbell bench press"), and a trigram index of the
 * vocabulary for spelling correction. Built once per catalog version; read by many threads.
 */
final class MatcherIndex {

    final CatalogExercise[] exercises;
    final Set<String>[] exerciseTokens;
    /** Per exercise, the sorted vocabulary ids of all its names. */
    final int[][] exerciseTokenIds;
    /** Per exercise, bit i set when equipment word i of {@link ConfidenceRules#EQUIPMENT_WORDS} is implied. */
    final int[] impliedMask;
    final IndexKey[] keys;
    final Map<String, int[]> exactText;
    final Map<String, int[]> exactCompact;
    final Map<String, int[]> exactSorted;
    /** Normalised catalog names (not aliases) → exercises. */
    final Map<String, int[]> exactName;
    final Map<String, Integer> vocab;
    final String[] tokenText;
    final double[] idf;
    final int[][] postings;
    final Map<String, int[]> vocabTrigrams;
    final double unknownIdf;
    final Map<String, Integer> byId;

    @SuppressWarnings("unchecked")
    MatcherIndex(List<CatalogExercise> catalog) {
        Map<String, CatalogExercise> unique = new LinkedHashMap<>();
        for (CatalogExercise e : catalog) {
            unique.putIfAbsent(e.id(), e);
        }
        this.exercises = unique.values().toArray(new CatalogExercise[0]);
        int n = exercises.length;
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < n; i++) {
            positions.put(exercises[i].id(), i);
        }
        this.byId = Map.copyOf(positions);
        this.exerciseTokens = new Set[n];

        List<List<String>> texts = namesOf(exercises);
        Map<String, Integer> vocabBuild = new HashMap<>();
        List<String> tokenList = new ArrayList<>();
        List<Integer> dfList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> toks = new HashSet<>();
            for (String f : texts.get(i)) {
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
        this.impliedMask = new int[n];
        for (int i = 0; i < n; i++) {
            exerciseTokenIds[i] = exerciseTokens[i].stream().mapToInt(vocabBuild::get).sorted().toArray();
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

        List<IndexKey> keyList = new ArrayList<>();
        Map<String, Set<Integer>> exactT = new HashMap<>();
        Map<String, Set<Integer>> exactC = new HashMap<>();
        Map<String, Set<Integer>> exactS = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String text : texts.get(i)) {
                List<String> toks = List.of(text.split(" "));
                int[] ids = toks.stream().mapToInt(vocabBuild::get).distinct().sorted().toArray();
                double w = 0;
                for (int id : ids) {
                    w += idf[id];
                }
                String compact = Normaliser.compact(text);
                String sorted = sortedTokens(toks);
                keyList.add(new IndexKey(i, text, compact, sorted, ids, toks, w));
                exactT.computeIfAbsent(text, k -> new LinkedHashSet<>()).add(i);
                exactC.computeIfAbsent(compact, k -> new LinkedHashSet<>()).add(i);
                exactS.computeIfAbsent(sorted, k -> new LinkedHashSet<>()).add(i);
            }
        }
        this.keys = keyList.toArray(new IndexKey[0]);
        this.exactText = freeze(exactT);
        this.exactCompact = freeze(exactC);
        this.exactSorted = freeze(exactS);
        Map<String, Set<Integer>> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            names.computeIfAbsent(Normaliser.normalise(exercises[i].name()), k -> new LinkedHashSet<>()).add(i);
        }
        this.exactName = freeze(names);
        this.postings = postings(keys, tokenText.length);
        this.vocabTrigrams = trigramIndex(tokenText);
    }

    /** Names and aliases of each exercise, normalised, with German compounds also split, deduplicated. */
    private static List<List<String>> namesOf(CatalogExercise[] exercises) {
        List<List<String>> normalised = new ArrayList<>(exercises.length);
        Set<String> plainVocab = new HashSet<>();
        for (CatalogExercise e : exercises) {
            List<String> forms = new ArrayList<>();
            forms.add(Normaliser.normalise(e.name()));
            for (Alias a : e.aliases()) {
                forms.add(Normaliser.normalise(a.text()));
                // an alias written the way apps write variants ("cable twist (up to down)") is also indexed in
                // the order NameForm gives a query, where word order is all that tells two exercises apart
                String canonical = NameForm.canonical(a.text());
                if (!canonical.equals(a.text())) {
                    forms.add(Normaliser.normalise(canonical));
                }
            }
            normalised.add(forms);
            for (String f : forms) {
                plainVocab.addAll(Arrays.asList(f.split(" ")));
            }
        }
        plainVocab.remove("");
        List<List<String>> texts = new ArrayList<>(exercises.length);
        for (List<String> plain : normalised) {
            Set<String> forms = new LinkedHashSet<>(plain);
            for (String f : plain) {
                String split = Normaliser.decompound(f, plainVocab);
                if (split != null) {
                    forms.add(split); // "schragbankdrucken" is also indexed as "incline bankdrucken"
                }
            }
            forms.remove("");
            texts.add(new ArrayList<>(forms));
        }
        return texts;
    }

    private static int[][] postings(IndexKey[] keys, int vocabSize) {
        List<List<Integer>> post = new ArrayList<>(vocabSize);
        for (int t = 0; t < vocabSize; t++) {
            post.add(new ArrayList<>());
        }
        for (int k = 0; k < keys.length; k++) {
            for (int id : keys[k].tokenIds()) {
                post.get(id).add(k);
            }
        }
        Comparator<Integer> shortFirst = Comparator.<Integer>comparingInt(k -> keys[k].tokenIds().length)
                .thenComparingInt(k -> keys[k].text().length()).thenComparingInt(k -> k);
        int[][] out = new int[vocabSize][];
        for (int t = 0; t < vocabSize; t++) {
            List<Integer> p = post.get(t);
            p.sort(shortFirst);
            out[t] = p.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static Map<String, int[]> trigramIndex(String[] tokenText) {
        Map<String, List<Integer>> tri = new HashMap<>();
        for (int t = 0; t < tokenText.length; t++) {
            for (String g : TokenResolver.trigrams(tokenText[t])) {
                tri.computeIfAbsent(g, k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, int[]> frozen = new HashMap<>();
        tri.forEach((g, l) -> frozen.put(g, l.stream().mapToInt(Integer::intValue).distinct().toArray()));
        return Map.copyOf(frozen);
    }

    private static Map<String, int[]> freeze(Map<String, Set<Integer>> m) {
        Map<String, int[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    static String sortedTokens(List<String> tokens) {
        if (tokens.size() < 2) {
            return tokens.isEmpty() ? "" : tokens.get(0);
        }
        String[] a = tokens.toArray(new String[0]);
        Arrays.sort(a);
        return String.join(" ", a);
    }

    /** True when the exercise uses or names the equipment word (by the precomputed mask when it is a known one). */
    boolean implies(String equipmentWord, int exercise) {
        int bit = ConfidenceRules.equipmentBit(equipmentWord);
        if (bit >= 0) {
            return (impliedMask[exercise] & (1 << bit)) != 0;
        }
        return ConfidenceRules.impliedEquipment(equipmentWord, exercises[exercise].equipment(),
                exerciseTokens[exercise]);
    }
}
