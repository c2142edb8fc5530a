package com.workoutplanparser.match;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gym words of the catalog's other languages (de, es, fr, it, pt) folded to the English token they mean, so a
 * name composes from its parts in any language: "rosca martelo com cabo" is "curl hammer cable", the words of
 * Cable Hammer Curl, even when no alias spells that combination. Applied by {@link Normaliser} to catalog names,
 * aliases and queries alike (keys are lower case, accents stripped). The words are data, in
 * {@code match/foreign-*.tsv}; their headers say which words are left out on purpose (those with two gym meanings).
 */
final class ForeignWords {

    private ForeignWords() {
    }

    /** Equipment. */
    static final Map<String, String> EQUIPMENT = WordTables.pairs("foreign-equipment.tsv");

    /** Variant modifiers: position, grip, angle, side. */
    static final Map<String, String> MODIFIERS = WordTables.pairs("foreign-modifiers.tsv");

    /** Movements. */
    static final Map<String, String> MOVEMENTS = WordTables.pairs("foreign-movements.tsv");

    /**
     * Two-word names, in token form (after the words above and the filler words): "peso muerto", "levantamento
     * terra", "soulevé de terre", "stacco da terra" are the deadlift; "barra fixa" the pull-up; "développé couché",
     * "press de banca", "panca piana" the bench press.
     */
    static final Map<String, List<String>> PHRASES = WordTables.pairs("foreign-phrases.tsv").entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.of(e.getValue().split(" "))));

    /** First words of {@link #PHRASES}: a token list without any of them needs no phrase pass. */
    static final Set<String> PHRASE_STARTS = PHRASES.keySet().stream().map(p -> p.substring(0, p.indexOf(' ')))
            .collect(Collectors.toUnmodifiableSet());
}
