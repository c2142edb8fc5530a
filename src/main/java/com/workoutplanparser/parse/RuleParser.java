package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic parser for the common plan notations. Plain Java: no Camel, no Spring.
 * First cut: day headings and "Name: SETSxREPS" lines; deepened by the parser issue.
 */
public class RuleParser {

    private static final Pattern DAY = Pattern.compile("(?i)^\\s*(day\\s*\\d+.*|monday.*|tuesday.*|wednesday.*|thursday.*|friday.*|saturday.*|sunday.*)$");
    private static final Pattern SETS_REPS = Pattern.compile(
            "^\\s*(?<name>[\\p{L}][\\p{L}\\s'\\-/&.]*?)\\s*[:\\-]?\\s*(?<sets>\\d+)\\s*[x×]\\s*(?<reps>\\d+(?:\\s*-\\s*\\d+)?)\\s*$");

    public ParseResult parse(String text) {
        List<LineReading> lines = new ArrayList<>();
        List<ParsedDay> days = new ArrayList<>();
        String dayLabel = null;
        List<ParsedExercise> current = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            int n = i + 1;
            String line = raw[i].strip();
            if (line.isEmpty()) {
                lines.add(new LineReading(n, raw[i], LineKind.BLANK, null));
                continue;
            }
            if (DAY.matcher(line).matches()) {
                if (!current.isEmpty() || dayLabel != null) {
                    days.add(new ParsedDay(dayLabel, null, current));
                }
                dayLabel = line;
                current = new ArrayList<>();
                lines.add(new LineReading(n, raw[i], LineKind.HEADING, null));
                continue;
            }
            Matcher m = SETS_REPS.matcher(line);
            if (m.matches()) {
                current.add(ParsedExercise.builder(m.group("name").strip())
                        .text(line)
                        .sets(Integer.parseInt(m.group("sets")))
                        .reps(m.group("reps").replace(" ", ""))
                        .lineNumber(n)
                        .build());
                lines.add(new LineReading(n, raw[i], LineKind.EXERCISE, null));
            } else {
                lines.add(new LineReading(n, raw[i], LineKind.PROSE, "no sets or reps on the line"));
            }
        }
        if (!current.isEmpty() || dayLabel != null) {
            days.add(new ParsedDay(dayLabel, null, current));
        }
        return new ParseResult(null, days, lines);
    }
}
