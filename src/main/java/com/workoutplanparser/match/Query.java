package com.workoutplanparser.match;

import java.util.List;

/**
 * A written name ready for lookup: its canonical tokens, their joined, space-free and sorted forms, and each
 * distinct token resolved to the vocabulary.
 *
 * @param canonical the resolved words in query order (the words the confidence rules read)
 */
record Query(List<String> tokens, String text, String compact, String sorted, List<ResolvedToken> resolved,
             List<String> canonical, boolean hasEquipment) {
}
