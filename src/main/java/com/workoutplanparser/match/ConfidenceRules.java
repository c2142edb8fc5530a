package com.workoutplanparser.match;

import java.util.Collection;
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

    /** Mutually exclusive modifiers: one from the query and a different one from the candidate is a conflict. */
    static final List<Set<String>> EXCLUSIVE = List.of(
            Set.of("front", "back", "zercher", "overhead", "goblet", "hack"),
            Set.of("incline", "decline", "flat"),
            Set.of("close", "wide", "narrow"),
            Set.of("chin", "pull", "push"),
            Set.of("seated", "standing", "lying", "kneeling", "hanging"),
            Set.of("romanian", "stiff", "sumo", "conventional"),
            Set.of("hammer", "reverse", "preacher", "concentration", "spider"),
            Set.of("lateral", "front", "rear"),
            Set.of("high", "low"),
            Set.of("single", "double"),
            Set.of("upright", "bent"));

    /** Modifiers that name a distinct variant; present in the query but not in the candidate = not sure. */
    static final Set<String> MODIFIERS = Set.of(
            "front", "back", "zercher", "overhead", "goblet", "hack", "incline", "decline", "close", "wide",
            "narrow", "chin", "pull", "push", "seated", "standing", "lying", "kneeling", "hanging", "romanian",
            "stiff", "sumo", "hammer", "reverse", "preacher", "concentration", "spider", "lateral", "rear",
            "high", "low", "single", "upright", "bulgarian", "split", "jump", "deficit", "pause", "box",
            "walking", "sissy", "jefferson", "pendlay", "landmine", "neutral", "underhand", "overhand",
            "weighted", "assisted", "banded", "isometric", "alternating", "inclinado", "inclinada", "declinado",
            "declinada", "frontal", "militar", "arnold", "zottman", "cossack", "nordic", "copenhagen");

    /** Equipment words of a query → the catalog's equipment value they imply (null: only the word itself). */
    static final Map<String, String> EQUIPMENT = Map.ofEntries(
            Map.entry("dumbbell", "dumbbell"), Map.entry("barbell", "barbell"), Map.entry("kettlebell", "kettlebell"),
            Map.entry("cable", "cable"), Map.entry("machine", "machine"), Map.entry("band", "band"),
            Map.entry("bodyweight", "bodyweight"), Map.entry("smith", "smith"), Map.entry("ez", "ez"),
            Map.entry("trap", "trap"), Map.entry("hex", "hex"), Map.entry("landmine", "landmine"),
            Map.entry("trx", "trx"), Map.entry("plate", "plate"), Map.entry("sled", "sled"));

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

    /** True when query and candidate hold different members of one exclusive group (front vs back). */
    static boolean modifierConflict(Collection<String> queryTokens, Collection<String> keyTokens) {
        for (Set<String> group : EXCLUSIVE) {
            boolean queryHas = false;
            boolean keyHas = false;
            boolean shared = false;
            for (String t : queryTokens) {
                if (group.contains(t)) {
                    queryHas = true;
                    if (keyTokens.contains(t)) {
                        shared = true;
                    }
                }
            }
            if (!queryHas || shared) {
                continue;
            }
            for (String t : keyTokens) {
                if (group.contains(t)) {
                    keyHas = true;
                    break;
                }
            }
            if (keyHas) {
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
