package com.workoutplanparser.match;

/**
 * A query token and the catalog tokens it may stand for.
 *
 * @param weight       the IDF of the token (of its best correction when it is not in the vocabulary)
 * @param ids          vocabulary ids it may stand for, best first (empty: unknown word)
 * @param sims         the similarity of each of {@code ids} to the written token (1.0 = the same word)
 * @param canonical    the word the rules see: the token, or its best correction
 * @param equipmentBit index in {@link ConfidenceRules#EQUIPMENT_WORDS}, -1 when not an equipment word
 */
record ResolvedToken(String text, double weight, int[] ids, double[] sims, String canonical, int equipmentBit) {

    ResolvedToken(String text, double weight, int[] ids, double[] sims, String canonical) {
        this(text, weight, ids, sims, canonical, ConfidenceRules.equipmentBit(canonical));
    }

    boolean equipment() {
        return equipmentBit >= 0;
    }
}
