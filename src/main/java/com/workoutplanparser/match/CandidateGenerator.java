package com.workoutplanparser.match;

import java.util.Arrays;

/**
 * Finds the names worth a fuzzy comparison without scanning the catalog. Posting lists of the resolved
 * query tokens are read rarest first, each cut to its {@value #POSTING_LIMIT} shortest names, until
 * {@value #CANDIDATE_BUDGET} names have been scored by token overlap; the best few are kept in a small
 * sorted array (no sort of the whole candidate set). The common tokens ("press", "barbell") still count in
 * every candidate's score, they just do not add candidates.
 */
final class CandidateGenerator {

    static final int POSTING_LIMIT = 200;
    /** Candidate keys scored per query at most (after the posting that crosses it): bounds the cost. */
    static final int CANDIDATE_BUDGET = 250;

    private final MatcherIndex index;
    private final CandidateScorer scorer;
    /** Per-thread "seen" stamps over the keys, so a query visits each candidate key once without allocating. */
    private final ThreadLocal<SeenStamps> stamps;

    CandidateGenerator(MatcherIndex index, CandidateScorer scorer) {
        this.index = index;
        this.scorer = scorer;
        int keyCount = index.keys.length;
        this.stamps = ThreadLocal.withInitial(() -> new SeenStamps(keyCount));
    }

    /** Up to {@code limit} key indexes, best token overlap first. */
    int[] shortlist(Query q, int limit) {
        int[] topKey = new int[limit];
        double[] topTok = new double[limit];
        int nTop = 0;
        SeenStamps st = stamps.get();
        int stamp = st.next();
        int[] seenAt = st.seen;
        long[] byLength = new long[16];
        int nIds = 0;
        for (ResolvedToken r : q.resolved()) {
            for (int id : r.ids()) {
                if (nIds == byLength.length) {
                    byLength = Arrays.copyOf(byLength, nIds * 2);
                }
                byLength[nIds++] = ((long) index.postings[id].length << 32) | id;
            }
        }
        Arrays.sort(byLength, 0, nIds);
        int visited = 0;
        for (int x = 0; x < nIds && visited < CANDIDATE_BUDGET; x++) {
            int[] p = index.postings[(int) byLength[x]];
            int lim = Math.min(p.length, POSTING_LIMIT);
            for (int i = 0; i < lim; i++) {
                int key = p[i];
                if (seenAt[key] == stamp) {
                    continue;
                }
                seenAt[key] = stamp;
                visited++;
                double t = scorer.tokenF1(index.keys[key], q.resolved(), false);
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
        return Arrays.copyOf(topKey, nTop);
    }

    /** Higher overlap first; on a tie the shorter name, then the earlier key (deterministic). */
    private boolean better(double tokA, int keyA, double tokB, int keyB) {
        if (tokA != tokB) {
            return tokA > tokB;
        }
        int la = index.keys[keyA].tokenIds().length;
        int lb = index.keys[keyB].tokenIds().length;
        return la != lb ? la < lb : keyA < keyB;
    }
}
