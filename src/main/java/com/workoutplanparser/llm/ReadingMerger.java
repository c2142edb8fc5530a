package com.workoutplanparser.llm;

import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.LineReading;
import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.parse.ParsedDay;
import com.workoutplanparser.parse.ParsedExercise;
import lombok.RequiredArgsConstructor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Merges the rules' reading with the LLM's into one plan. The LLM's exercises are taken only for lines it was
 * asked to read, put in the day they belong to, in line order. Lines the LLM covered lose their UNREAD mark, so
 * what is still UNREAD afterwards is what nobody could read. A line the rules read but nobody understood (asked
 * again) keeps the rules' exercises unless the LLM's reading of it fits the catalog better: then it replaces them,
 * in the same day.
 */
public final class ReadingMerger {

    private ReadingMerger() {
    }

    /** Hybrid: the rules' reading completed by the LLM's; a re-read line is never replaced. */
    public static ParseResult merge(ParseResult rules, LlmReading llm, LlmRequest request) {
        return merge(rules, llm, request, name -> 0.0);
    }

    /**
     * Hybrid: the rules' reading completed by the LLM's.
     *
     * @param fit how well a name fits the catalog (0 when it matches nothing): decides, for a line both read,
     *            whose reading is kept
     */
    public static ParseResult merge(ParseResult rules, LlmReading llm, LlmRequest request, ToDoubleFunction<String> fit) {
        Map<Integer, LineReading> lineByNumber = rules.lines().stream()
                .collect(Collectors.toMap(LineReading::lineNumber, l -> l, (a, b) -> a));
        List<DayBuilder> days = new ArrayList<>();
        for (ParsedDay d : rules.days()) {
            days.add(new DayBuilder(d.label(), d.week(), new ArrayList<>(d.exercises()), true));
        }
        Set<Integer> covered = new java.util.HashSet<>();
        Map<Integer, List<ParsedExercise>> rereadings = new java.util.TreeMap<>();
        for (ParsedDay llmDay : llm.days()) {
            for (ParsedExercise e : llmDay.exercises()) {
                if (!acceptable(e, request, lineByNumber)) {
                    continue;
                }
                ParsedExercise placed = withSourceText(e, lineByNumber);
                if (lineByNumber.get(placed.lineNumber()) != null
                        && lineByNumber.get(placed.lineNumber()).kind() == LineKind.EXERCISE) {
                    rereadings.computeIfAbsent(placed.lineNumber(), n -> new ArrayList<>()).add(placed);
                    continue;
                }
                dayFor(days, llmDay, placed.lineNumber()).exercises.add(placed);
                covered.add(placed.lineNumber());
            }
        }
        rereadings.forEach((line, llmReading) -> replaceIfBetter(days, line, llmReading, fit));
        Set<Integer> notExercises = new java.util.TreeSet<>();
        for (int line : request.unread()) {
            LineReading l = lineByNumber.get(line);
            if (!request.wholeText() && l != null && l.kind() == LineKind.EXERCISE && !rereadings.containsKey(line)
                    && llm.ignoredLines().contains(line) && dropIfNotUnderstood(days, line, fit)) {
                notExercises.add(line);
            }
        }
        List<ParsedDay> merged = days.stream()
                .filter(d -> d.fromRules || !d.exercises.isEmpty())
                .map(DayBuilder::build)
                .toList();
        String title = rules.title() != null ? rules.title() : llm.title();
        return new ParseResult(title, merged,
                relabel(rules.lines(), covered, llm.ignoredLines(), request, notExercises));
    }

    /** PARSER_MODE=llm: the LLM's exercises alone, with the rules' account of headings and blank lines. */
    public static ParseResult llmOnly(ParseResult rules, LlmReading llm, LlmRequest request) {
        ParseResult withoutExercises = new ParseResult(rules.title(),
                rules.days().stream().map(d -> new ParsedDay(d.label(), d.week(), List.of())).toList(),
                rules.lines().stream().map(l -> l.kind() == LineKind.EXERCISE
                        ? new LineReading(l.lineNumber(), l.text(), LineKind.UNREAD, "left to the LLM (PARSER_MODE=llm)")
                        : l).toList());
        ParseResult merged = merge(withoutExercises, llm, request);
        // days the rules saw but where the LLM read nothing add nothing in this mode
        return new ParseResult(merged.title(),
                merged.days().stream().filter(d -> !d.exercises().isEmpty()).toList(), merged.lines());
    }

    /**
     * An LLM exercise counts only for a line it was asked to read (whole text: any line that exists and that the
     * rules did not read already; a line the rules read counts only when it was sent again, not understood).
     * One without a line is kept only when the whole text was sent.
     */
    private static boolean acceptable(ParsedExercise e, LlmRequest request, Map<Integer, LineReading> lines) {
        if (e.name() == null) {
            return false;
        }
        int n = e.lineNumber();
        if (n <= 0) {
            return request.wholeText();
        }
        LineReading line = lines.get(n);
        if (line == null) {
            return false;
        }
        if (line.kind() == LineKind.EXERCISE) {
            return !request.wholeText() && request.unread().contains(n);
        }
        return request.wholeText() || request.unread().contains(n);
    }

    /**
     * The LLM's reading of a line the rules read replaces theirs when its names fit the catalog better on
     * average; it goes where the rules' exercises of that line were.
     */
    private static void replaceIfBetter(List<DayBuilder> days, int line, List<ParsedExercise> llmReading,
                                        ToDoubleFunction<String> fit) {
        DayBuilder day = null;
        List<ParsedExercise> rulesReading = new ArrayList<>();
        for (DayBuilder d : days) {
            for (ParsedExercise e : d.exercises) {
                if (e.lineNumber() == line) {
                    day = day == null ? d : day;
                    rulesReading.add(e);
                }
            }
        }
        if (day == null || meanFit(llmReading, fit) <= meanFit(rulesReading, fit)) {
            return;
        }
        int at = day.exercises.indexOf(rulesReading.get(0));
        for (DayBuilder d : days) {
            d.exercises.removeIf(e -> e.lineNumber() == line);
        }
        day.exercises.addAll(Math.min(at, day.exercises.size()), llmReading);
    }

    /**
     * The LLM, asked about a line the rules read as a name nothing in the catalog matches, says there is no
     * exercise on it (a heading, a note, script syntax): both readers agree nothing known is there, and the
     * rules' reading goes. The line stays accounted for as prose, with the reason.
     */
    private static boolean dropIfNotUnderstood(List<DayBuilder> days, int line, ToDoubleFunction<String> fit) {
        boolean any = false;
        for (DayBuilder d : days) {
            for (ParsedExercise e : d.exercises) {
                if (e.lineNumber() == line) {
                    if (fit.applyAsDouble(e.name()) > 0) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        if (any) {
            days.forEach(d -> d.exercises.removeIf(e -> e.lineNumber() == line));
        }
        return any;
    }

    private static double meanFit(List<ParsedExercise> exercises, ToDoubleFunction<String> fit) {
        return exercises.stream().mapToDouble(e -> fit.applyAsDouble(e.name())).average().orElse(0.0);
    }

    /** The exercise's text is the line as submitted, not as the model retold it. */
    private static ParsedExercise withSourceText(ParsedExercise e, Map<Integer, LineReading> lines) {
        LineReading line = lines.get(e.lineNumber());
        return line == null ? e : e.toBuilder().text(line.text().strip()).build();
    }

    private static DayBuilder dayFor(List<DayBuilder> days, ParsedDay llmDay, int line) {
        String label = normalise(llmDay.label());
        if (label != null) {
            for (DayBuilder d : days) {
                if (label.equals(normalise(d.label))) {
                    return d;
                }
            }
        }
        // a day the LLM names but nobody has yet is a new day; an unnamed one continues the day it sits in
        if (label == null) {
            DayBuilder byPosition = dayByPosition(days, line);
            if (byPosition != null) {
                return byPosition;
            }
        }
        DayBuilder created = new DayBuilder(llmDay.label(), llmDay.week(), new ArrayList<>(), false);
        int at = days.size();
        for (int i = 0; i < days.size(); i++) {
            if (line > 0 && days.get(i).firstLine() > line) {
                at = i;
                break;
            }
        }
        days.add(at, created);
        return created;
    }

    /** The day whose exercises start last before the line: the line continues that day. */
    private static DayBuilder dayByPosition(List<DayBuilder> days, int line) {
        DayBuilder best = null;
        for (DayBuilder d : days) {
            if (d.exercises.isEmpty()) {
                continue;
            }
            if (line <= 0 || d.firstLine() <= line) {
                best = d;
            }
        }
        if (best == null && !days.isEmpty() && days.size() == 1) {
            return days.get(0);
        }
        return best;
    }

    private static List<LineReading> relabel(List<LineReading> lines, Set<Integer> covered, Set<Integer> ignored,
                                             LlmRequest request, Set<Integer> notExercises) {
        List<LineReading> out = new ArrayList<>(lines.size());
        for (LineReading l : lines) {
            if (notExercises.contains(l.lineNumber())) {
                out.add(new LineReading(l.lineNumber(), l.text(), LineKind.PROSE,
                        "the rules read a name nothing in the catalog matches; the LLM read no exercise here"));
                continue;
            }
            boolean askedAbout = request.wholeText() ? l.kind() != LineKind.BLANK : request.unread().contains(l.lineNumber());
            if (askedAbout && l.kind() != LineKind.EXERCISE && l.kind() != LineKind.HEADING
                    && covered.contains(l.lineNumber())) {
                out.add(new LineReading(l.lineNumber(), l.text(), LineKind.EXERCISE, null));
            } else if (askedAbout && l.kind() == LineKind.UNREAD && ignored.contains(l.lineNumber())) {
                out.add(new LineReading(l.lineNumber(), l.text(), LineKind.PROSE, "the LLM read no exercise here"));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static String normalise(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        return label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @RequiredArgsConstructor
    private static final class DayBuilder {
        final String label;
        final String week;
        final List<ParsedExercise> exercises;
        final boolean fromRules;

        int firstLine() {
            return exercises.stream().mapToInt(ParsedExercise::lineNumber).filter(n -> n > 0).min()
                    .orElse(Integer.MAX_VALUE);
        }

        ParsedDay build() {
            List<ParsedExercise> sorted = new ArrayList<>(exercises);
            // line order; exercises without a line (0) keep their place at the end
            sorted.sort(Comparator.comparingInt(e -> e.lineNumber() <= 0 ? Integer.MAX_VALUE : e.lineNumber()));
            return new ParsedDay(label, week, sorted);
        }
    }
}
