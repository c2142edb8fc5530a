package com.workoutplanparser.match;

import me.xdrop.fuzzywuzzy.FuzzySearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores one indexed name against a query: the mean of an IDF-weighted token-overlap F1 (a query word found
 * only in another name of the exercise earns partial credit; an equipment word the exercise uses counts as
 * present) and the best fuzzywuzzy ratio on the text, on the sorted tokens (tokenSortRatio) and on the
 * space-free text. tokenSetRatio is not used: it scores a subset ("press" in "bench press") as 100.
 */
final class CandidateScorer {

    /** Credit for a query word found in another name of the same exercise (an alias in another language). */
    static final double OTHER_NAME_CREDIT = 0.7;

    private final MatcherIndex index;

    CandidateScorer(MatcherIndex index) {
        this.index = index;
    }

    /** The full score of a shortlisted key: token overlap and fuzzywuzzy, 0..1. */
    double score(Query q, IndexKey k) {
        String qt = q.text();
        String qs = q.sorted();
        String qc = q.compact();
        int qn = q.tokens().size();
        if (q.hasEquipment()) {
            List<String> stripped = withoutImpliedEquipment(q.tokens(), k);
            if (stripped != null && !stripped.isEmpty()) {
                qt = String.join(" ", stripped);
                qs = MatcherIndex.sortedTokens(stripped);
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
        return 0.5 * tokenF1(k, q.resolved(), true) + 0.5 * fw / 100.0;
    }

    /**
     * F1 of the IDF-weighted share of query tokens found in the key and of key tokens found in the query.
     * A query equipment word that the key lacks but the exercise uses is left out of the query side
     * (the equipment is implied by the exercise, not missing from it).
     */
    double tokenF1(IndexKey k, List<ResolvedToken> resolved, boolean otherNames) {
        double queryWeight = 0;
        double matchedQ = 0;
        double matchedK = 0;
        int[] kid = k.tokenIds();
        int implied = index.impliedMask[k.exercise()];
        for (ResolvedToken r : resolved) {
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
                matchedK += index.idf[bestId] * best;
            } else if (!(r.equipmentBit() >= 0 && (implied & (1 << r.equipmentBit())) != 0)) {
                queryWeight += r.weight();
                int[] eid = index.exerciseTokenIds[k.exercise()];
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

    /** The query tokens without equipment words the exercise implies but this key does not spell out. */
    private List<String> withoutImpliedEquipment(List<String> qTokens, IndexKey k) {
        List<String> kept = null;
        for (int i = 0; i < qTokens.size(); i++) {
            String t = qTokens.get(i);
            boolean drop = ConfidenceRules.EQUIPMENT.containsKey(t) && !k.tokens().contains(t)
                    && index.implies(t, k.exercise());
            if (drop && kept == null) {
                kept = new ArrayList<>(qTokens.subList(0, i));
            } else if (!drop && kept != null) {
                kept.add(t);
            }
        }
        return kept;
    }
}
