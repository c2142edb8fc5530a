package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A day while its exercises are assembled. */
final class PlanDay {
    final String label;
    final String week;
    final List<ExerciseDraft> exercises = new ArrayList<>();
    Integer restDefault;
    final Set<String> labelsUsed = new LinkedHashSet<>();

    PlanDay(String label, String week) {
        this.label = label;
        this.week = week;
    }

    /** The first group letter this day has not used yet. */
    String nextLabel() {
        for (char c = 'A'; c <= 'Z'; c++) {
            String s = String.valueOf(c);
            if (!labelsUsed.contains(s)) return s;
        }
        return "Z";
    }
}
