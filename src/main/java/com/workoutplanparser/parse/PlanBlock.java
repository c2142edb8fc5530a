package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;

/** The block (circuit, superset, EMOM…) being filled, and its members so far. */
final class PlanBlock {
    final Heading.Block spec;
    final String label;
    final List<ExerciseDraft> members = new ArrayList<>();

    PlanBlock(Heading.Block spec, String label) {
        this.spec = spec;
        this.label = label;
    }
}
