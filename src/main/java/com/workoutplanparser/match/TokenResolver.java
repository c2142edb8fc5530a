package com.workoutplanparser.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Resolves query tokens to the catalog vocabulary: exactly, by a Romance final-vowel variant
 * (prona/prone), or by a bounded spelling correction over the trigram index of the vocabulary; and splits
 * an unknown token that is two catalog words written together ("pullup"). Work per token is bounded, only
 * the trigram candidates of an unknown word grow with the vocabulary.
 */
final class TokenResolver {

    private final MatcherIndex index;
    private final ThreadLocal<Stamps> stamps;

    /** Per-thread counters over the vocabulary, so a spelling correction allocates nothing per candidate. */
    private static final class Stamps extends SeenStamps {
        final int[] count;
        final int[] touched;

        Stamps(int vocabSize) {
            super(vocabSize);
            count = new int[vocabSize];
            touched = new int[vocabSize];
        }
    }

    TokenResolver(MatcherIndex index) {
        this.index = index;
        int vocabSize = index.tokenText.length;
        this.stamps = ThreadLocal.withInitial(() -> new Stamps(vocabSize));
    }

    ResolvedToken resolve(String t, Map<String, ResolvedToken> cache) {
        ResolvedToken r = cache.get(t);
        if (r == null) {
            r = resolve(t);
            cache.put(t, r);
        }
        return r;
    }

    /** Known token as is; unknown token → up to 3 vocabulary tokens within a small edit distance. */
    private ResolvedToken resolve(String t) {
        Integer id = index.vocab.get(t);
        if (id != null) {
            int variant = romanceVariant(t);
            if (variant >= 0) {
                return new ResolvedToken(t, index.idf[id], new int[]{id, variant}, new double[]{1.0, 0.95}, t);
            }
            return new ResolvedToken(t, index.idf[id], new int[]{id}, new double[]{1.0}, t);
        }
        if (t.length() < minSpellLength(t)) {
            return unknown(t);
        }
        ResolvedToken r = spell(t);
        if (r.ids().length == 0 && t.length() > 4 && t.endsWith("s")) {
            ResolvedToken stripped = spell(t.substring(0, t.length() - 1)); // "burpess": a plural gone wrong
            if (stripped.ids().length > 0) {
                return new ResolvedToken(t, stripped.weight(), stripped.ids(), stripped.sims(), stripped.canonical());
            }
        }
        return r;
    }

    /** Latin words shorter than 4 letters are not corrected (too many neighbours); a kana/kanji word of 3 is long. */
    private static int minSpellLength(String t) {
        return t.charAt(0) < 0x0250 ? 4 : 3;
    }

    private ResolvedToken unknown(String t) {
        return new ResolvedToken(t, index.unknownIdf, new int[0], new double[0], t);
    }

    private ResolvedToken spell(String t) {
        Stamps sc = stamps.get();
        int stamp = sc.next();
        int nTouched = 0;
        List<String> grams = trigrams(t);
        for (String g : grams) {
            int[] p = index.vocabTrigrams.get(g);
            if (p != null) {
                for (int v : p) {
                    if (sc.seen[v] != stamp) {
                        sc.seen[v] = stamp;
                        sc.count[v] = 0;
                        sc.touched[nTouched++] = v;
                    }
                    sc.count[v]++;
                }
            }
        }
        int need = Math.max(1, grams.size() / 3);
        double minSim = t.length() <= 5 ? 0.79 : 0.74;
        int[] ids = new int[3];
        double[] sims = new double[3];
        int found = 0;
        for (int x = 0; x < nTouched; x++) {
            int vid = sc.touched[x];
            if (sc.count[vid] < need) {
                continue;
            }
            String v = index.tokenText[vid];
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
            return unknown(t);
        }
        ids = Arrays.copyOf(ids, found);
        sims = Arrays.copyOf(sims, found);
        return new ResolvedToken(t, index.idf[ids[0]], ids, sims, index.tokenText[ids[0]]);
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
                Integer id = index.vocab.get(stem + v);
                if (id != null) {
                    return id;
                }
            }
        }
        return -1;
    }

    /** Splits an unknown token into two catalog tokens when it is exactly their concatenation ("pullup"). */
    List<String> splitCompounds(List<String> tokens, Map<String, ResolvedToken> cache) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String[] split = null;
            if (t.length() >= 5 && !index.vocab.containsKey(t) && resolve(t, cache).ids().length == 0) {
                for (int cut = 2; cut <= t.length() - 2; cut++) {
                    String a = t.substring(0, cut);
                    String b = t.substring(cut);
                    if (index.vocab.containsKey(a) && index.vocab.containsKey(b)) {
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
}
