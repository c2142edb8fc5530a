package com.workoutplanparser.parse;

import java.util.List;

/**
 * What a parser read from a text: the plan, and an account of every line.
 *
 * @param title the plan's title when it has one
 * @param days  days in order; a plan without day headings has one day with a null label
 * @param lines one reading per input line, in order
 */
public record ParseResult(String title, List<ParsedDay> days, List<LineReading> lines) {

    public ParseResult {
        days = days == null ? List.of() : List.copyOf(days);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public List<ParsedExercise> exercises() {
        return days.stream().flatMap(d -> d.exercises().stream()).toList();
    }

    /** A text is a workout when at least one exercise was read from it. */
    public boolean isWorkout() {
        return days.stream().anyMatch(d -> !d.exercises().isEmpty());
    }

    public List<LineReading> unreadLines() {
        return lines.stream().filter(l -> l.kind() == LineKind.UNREAD).toList();
    }

    /** True when the rules read everything that looked like plan content. */
    public boolean fullyRead() {
        return unreadLines().isEmpty();
    }
}
