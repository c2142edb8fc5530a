package com.workoutplanparser.parse;

import java.util.List;

/**
 * The notation readers, in the order they are tried on a line. The order matters: a reader masks what it reads,
 * so stricter notations come before looser ones that would misread them.
 */
final class Notations {

    private Notations() {
    }

    static final List<NotationReader> IN_ORDER = List.of(
            new JapaneseNotation(),       // "8回x5セット": units that are not Latin words
            new TempoNotation(),          // "3-1-1-0" before rep schemes read its dashes
            new RestNotation(),           // "rest 90s" before durations take the 90s
            new EffortNotation(),         // "RPE 8", "RIR 2" before "@ 8" is read as anything else
            new TempoCodeNotation(),      // "@ 31X1" before "@ 3010" is read as a load
            new RepSchemeNotation(),      // "5-3-1"
            new SetGroupsNotation(),      // "10x20, 10x40", "1x12@95, 2x10@95", "3x(8x12)", "10 x 10 x 8": per-set groups
            new LoadTimesRepsNotation(),  // "100kg x 5", "135x5" before sets x reps calls 135 the sets
            new SetsTimesRepsNotation(),  // "3x8", "3x30s", "3x5x100kg"
            new WordSetsNotation(),       // "3 sets of 10"
            new RepListNotation(),        // "10, 8, 6"
            new RepCountNotation(),       // "12 reps", "AMRAP", "x 10, x 8"
            new PercentNotation(),        // "75%"
            new LoadNotation(),           // "100 kg", "BW"
            new DurationNotation(),       // "30s", "1:30"
            new DistanceNotation(),       // "400m", "20 cal"
            new AtNumberNotation(),       // "@ 8", "@ 205": only after every unit was read
            new PerSideNotation(),        // "each side"
            new BareNumberNotation());    // whatever numbers are left
}
