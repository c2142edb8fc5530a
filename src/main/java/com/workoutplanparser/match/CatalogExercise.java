package com.workoutplanparser.match;

import java.util.List;

/**
 * One exercise of the catalog.
 *
 * @param id        stable slug ("barbell-bench-press"), the exerciseId of the API
 * @param equipment barbell, dumbbell, kettlebell, cable, machine, bodyweight, band, cardio-machine, other…
 * @param pattern   movement pattern (squat, hinge, horizontal-push, …)
 */
public record CatalogExercise(String id, String name, String equipment, String pattern,
                              List<String> muscles, List<Alias> aliases) {
    public CatalogExercise {
        muscles = muscles == null ? List.of() : List.copyOf(muscles);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
