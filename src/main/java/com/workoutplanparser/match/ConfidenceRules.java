package com.workoutplanparser.match;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that tell near-neighbour exercises apart, and the equipment words of a query. Used to keep a
 * wrong but textually close match from being reported high: "dumbbell bench press" against
 * "barbell bench press", "front squat" against "back squat", "chin up" against "pull up".
 * All words are in {@link Normaliser} form.
 */
final class ConfidenceRules {

    private ConfidenceRules() {
    }

    /**
     * Mutually exclusive modifiers: a word → its class within the group. A query word and a candidate word
     * of the same group but different classes is a conflict (front vs back); same class is agreement
     * (overhand = pronated = prona).
     */
    static final List<Map<String, String>> EXCLUSIVE = List.of(
            group("front", "back", "zercher", "overhead", "goblet", "hack"),
            group("incline", "decline", "flat"),
            group("close", "wide", "narrow"),
            group("chin", "pull", "push"),
            group("seated", "standing", "lying", "kneeling", "hanging"),
            group("romanian", "stiff", "sumo", "conventional"),
            group("hammer", "reverse", "preacher", "concentration", "spider"),
            group("lateral", "front", "rear"),
            group("high", "low"),
            group("single", "double"),
            group("upright", "bent"),
            classes(Map.of(
                    "overhand", List.of("overhand", "pronated", "pronation", "prona", "prono", "pronada", "pronata",
                            "obergriff"),
                    "underhand", List.of("underhand", "supinated", "supination", "supina", "supino", "supinada",
                            "supinata", "untergriff"))));

    private static Map<String, String> group(String... words) {
        Map<String, String> m = new HashMap<>();
        for (String w : words) {
            m.put(w, w);
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> classes(Map<String, List<String>> byClass) {
        Map<String, String> m = new HashMap<>();
        byClass.forEach((cls, words) -> words.forEach(w -> m.put(w, cls)));
        return Map.copyOf(m);
    }

    /** Modifiers that name a distinct variant; present in the query but not in the candidate = not sure. */
    static final Set<String> MODIFIERS = Set.copyOf(List.of(
            "front", "back", "zercher", "overhead", "goblet", "hack", "incline", "decline", "close", "wide",
            "narrow", "chin", "pull", "push", "seated", "standing", "lying", "kneeling", "hanging", "romanian",
            "stiff", "sumo", "hammer", "reverse", "preacher", "concentration", "spider", "lateral", "rear",
            "high", "low", "single", "upright", "bulgarian", "split", "jump", "deficit", "pause", "box",
            "walking", "sissy", "jefferson", "pendlay", "landmine", "neutral", "underhand", "overhand",
            "weighted", "assisted", "banded", "isometric", "inclinado", "inclinada", "declinado",
            "declinada", "frontal", "paused", "tempo", "arnold", "zottman", "cossack", "nordic",
            "copenhagen"));

    /** Equipment words of a query → the catalog's equipment value they imply (null: only the word itself). */
    static final Map<String, String> EQUIPMENT = Map.ofEntries(
            Map.entry("dumbbell", "dumbbell"), Map.entry("barbell", "barbell"), Map.entry("kettlebell", "kettlebell"),
            Map.entry("cable", "cable"), Map.entry("machine", "machine"), Map.entry("band", "band"),
            Map.entry("bodyweight", "bodyweight"), Map.entry("smith", "smith"), Map.entry("ez", "ez"),
            Map.entry("trap", "trap"), Map.entry("hex", "hex"), Map.entry("landmine", "landmine"),
            Map.entry("trx", "trx"), Map.entry("plate", "plate"), Map.entry("sled", "sled"));

    /** The equipment words in a fixed order (at most 31), for per-exercise bit masks. */
    static final List<String> EQUIPMENT_WORDS = EQUIPMENT.keySet().stream().sorted().toList();
    private static final Map<String, Integer> EQUIPMENT_BIT = bits();

    private static Map<String, Integer> bits() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < EQUIPMENT_WORDS.size(); i++) {
            m.put(EQUIPMENT_WORDS.get(i), i);
        }
        return Map.copyOf(m);
    }

    /** Index of an equipment word in {@link #EQUIPMENT_WORDS}, or -1. */
    static int equipmentBit(String word) {
        Integer b = EQUIPMENT_BIT.get(word);
        return b == null ? -1 : b;
    }

    /** True when the query names equipment the candidate exercise neither uses nor mentions. */
    static boolean equipmentConflict(Collection<String> queryTokens, String exerciseEquipment,
                                     Set<String> exerciseTokens) {
        for (String t : queryTokens) {
            String implied = EQUIPMENT.get(t);
            if (implied == null || exerciseTokens.contains(t)) {
                continue;
            }
            if (exerciseEquipment != null && exerciseEquipment.toLowerCase().contains(implied)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * True when the query word is an equipment word the exercise uses although this name of it does not say
     * so ("Kreuzheben mit Langhantel" against the barbell deadlift's alias "Kreuzheben").
     */
    static boolean impliedEquipment(String queryToken, String exerciseEquipment, Set<String> exerciseTokens) {
        String implied = EQUIPMENT.get(queryToken);
        if (implied == null) {
            return false;
        }
        return exerciseTokens.contains(queryToken)
                || (exerciseEquipment != null && exerciseEquipment.toLowerCase().contains(implied));
    }

    /** True when query and candidate hold different classes of one exclusive group (front vs back). */
    static boolean modifierConflict(Collection<String> queryTokens, Collection<String> keyTokens) {
        for (Map<String, String> group : EXCLUSIVE) {
            Set<String> queryClasses = null;
            for (String t : queryTokens) {
                String c = group.get(t);
                if (c != null) {
                    if (queryClasses == null) {
                        queryClasses = new HashSet<>();
                    }
                    queryClasses.add(c);
                }
            }
            if (queryClasses == null) {
                continue;
            }
            boolean keyHas = false;
            boolean shared = false;
            for (String t : keyTokens) {
                String c = group.get(t);
                if (c != null) {
                    keyHas = true;
                    if (queryClasses.contains(c)) {
                        shared = true;
                    }
                }
            }
            if (keyHas && !shared) {
                return true;
            }
        }
        return false;
    }

    /** True when the query asks for a variant modifier the candidate name does not have. */
    static boolean queryOnlyModifier(Collection<String> queryTokens, Collection<String> keyTokens) {
        for (String t : queryTokens) {
            if (MODIFIERS.contains(t) && !keyTokens.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
