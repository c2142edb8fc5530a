package com.workoutplanparser.llm;

import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.LineReading;
import com.workoutplanparser.parse.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lines the LLM is asked to read, each prefixed with its line number so the reply can say where every
 * exercise came from (that is how the two readings are merged).
 *
 * @param excerpt   numbered lines, one per line: {@code "12| Bench 3x8"}
 * @param unread    line numbers the LLM is asked to read (the rest of the excerpt is context): the lines the rules
 *                  left UNREAD, and in hybrid mode the lines they read as an exercise nobody understood
 * @param wholeText true when the whole plan was sent (rules read nothing, or PARSER_MODE=llm)
 */
public record LlmRequest(String excerpt, Set<Integer> unread, boolean wholeText) {

    public LlmRequest {
        unread = Set.copyOf(unread);
    }

    /** The whole plan, every non-blank line. */
    public static LlmRequest wholeText(String text) {
        String[] raw = text.split("\\R", -1);
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.put(i + 1, raw[i]);
            }
        }
        return new LlmRequest(number(lines), lines.keySet(), true);
    }

    /** Only the lines the rules left UNREAD. */
    public static LlmRequest unreadLines(ParseResult rules) {
        return notUnderstoodLines(rules, Set.of());
    }

    /**
     * The lines the rules left UNREAD and the exercise lines whose reading nobody understood (its name matches
     * nothing in the catalog), each with the nearest heading above it as context (so the LLM can tell which day
     * it belongs to).
     */
    public static LlmRequest notUnderstoodLines(ParseResult rules, Set<Integer> readButNotUnderstood) {
        TreeMap<Integer, String> lines = new TreeMap<>();
        Set<Integer> unread = new TreeSet<>();
        LineReading heading = null;
        List<LineReading> all = new ArrayList<>(rules.lines());
        for (LineReading line : all) {
            if (line.kind() == LineKind.HEADING) {
                heading = line;
            } else if (line.kind() == LineKind.UNREAD
                    || (line.kind() == LineKind.EXERCISE && readButNotUnderstood.contains(line.lineNumber()))) {
                unread.add(line.lineNumber());
                lines.put(line.lineNumber(), line.text());
                if (heading != null) {
                    lines.put(heading.lineNumber(), heading.text());
                }
            }
        }
        return new LlmRequest(number(lines), unread, false);
    }

    private static String number(TreeMap<Integer, String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach((n, text) -> sb.append(n).append("| ").append(neutralise(text.strip())).append('\n'));
        return sb.toString();
    }

    /** A plan cannot close the delimiters early: the marker characters are broken up. */
    static String neutralise(String line) {
        return line.replace("<<<", "< < <").replace(">>>", "> > >");
    }
}
