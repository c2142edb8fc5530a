package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.parse.LineKind;
import com.workoutplanparser.parse.LineReading;
import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.parse.ParsedDay;
import com.workoutplanparser.parse.ParsedExercise;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingMergerTest {

    static ParsedExercise ex(String name, int line) {
        return ParsedExercise.builder(name).text(name).lineNumber(line).build();
    }

    static LineReading line(int n, String text, LineKind kind) {
        return new LineReading(n, text, kind, kind == LineKind.UNREAD ? "?" : null);
    }

    /** Monday: squat (2), ??? (3); Wednesday: bench (5), ??? (6). */
    final ParseResult rules = new ParseResult(null,
            List.of(new ParsedDay("Monday", null, List.of(ex("Squat", 2))),
                    new ParsedDay("Wednesday", null, List.of(ex("Bench", 5)))),
            List.of(line(1, "Monday", LineKind.HEADING), line(2, "Squat 5x5", LineKind.EXERCISE),
                    line(3, "lunges, 3 rounds", LineKind.UNREAD), line(4, "Wednesday", LineKind.HEADING),
                    line(5, "Bench 3x8", LineKind.EXERCISE), line(6, "dips till failure x3", LineKind.UNREAD),
                    line(7, "pls approve", LineKind.UNREAD)));
    final LlmRequest request = new LlmRequest("...", Set.of(3, 6, 7), false);

    @Test
    void llmExercisesGoIntoTheirDays_inLineOrder_andTheRulesStay() {
        LlmReading llm = new LlmReading(null, List.of(
                new ParsedDay("Wednesday", null, List.of(ex("dips", 6))),
                new ParsedDay(null, null, List.of(ex("lunges", 3)))), Set.of(7));

        ParseResult merged = ReadingMerger.merge(rules, llm, request);

        assertThat(merged.days()).extracting(ParsedDay::label).containsExactly("Monday", "Wednesday");
        assertThat(merged.days().get(0).exercises()).extracting(ParsedExercise::name).containsExactly("Squat", "lunges");
        assertThat(merged.days().get(1).exercises()).extracting(ParsedExercise::name).containsExactly("Bench", "dips");
        assertThat(merged.lines()).extracting(LineReading::kind).containsExactly(LineKind.HEADING, LineKind.EXERCISE,
                LineKind.EXERCISE, LineKind.HEADING, LineKind.EXERCISE, LineKind.EXERCISE, LineKind.PROSE);
        // the text is the submitted line, not the model's retelling
        assertThat(merged.days().get(1).exercises().get(1).text()).isEqualTo("dips till failure x3");
    }

    @Test
    void theLlmCannotReplaceOrAddToLinesItWasNotAskedAbout() {
        LlmReading llm = new LlmReading(null, List.of(new ParsedDay("Monday", null, List.of(
                ex("Front squat", 2), ex("invented", 0), ex("ghost", 42)))), Set.of());

        ParseResult merged = ReadingMerger.merge(rules, llm, request);

        assertThat(merged.exercises()).extracting(ParsedExercise::name).containsExactly("Squat", "Bench");
        assertThat(merged.unreadLines()).extracting(LineReading::lineNumber).containsExactly(3, 6, 7);
    }

    @Test
    void aDayTheRulesDidNotSee_isInsertedWhereItsLinesAre() {
        LlmReading llm = new LlmReading(null, List.of(new ParsedDay("Tuesday", null, List.of(ex("row", 3)))), Set.of());

        ParseResult merged = ReadingMerger.merge(rules, llm, request);

        assertThat(merged.days()).extracting(ParsedDay::label).containsExactly("Monday", "Tuesday", "Wednesday");
    }

    @Test
    void wholeText_whenTheRulesReadNothing() {
        ParseResult nothing = new ParseResult(null, List.of(), List.of(line(1, "hi coach", LineKind.PROSE),
                line(2, "do 3 sets of ten pushups", LineKind.PROSE)));
        LlmReading llm = new LlmReading("Plan", List.of(new ParsedDay(null, null, List.of(ex("pushups", 2)))),
                Set.of(1));

        ParseResult merged = ReadingMerger.merge(nothing, llm, new LlmRequest("...", Set.of(1, 2), true));

        assertThat(merged.title()).isEqualTo("Plan");
        assertThat(merged.exercises()).extracting(ParsedExercise::name).containsExactly("pushups");
        assertThat(merged.lines().get(1).kind()).isEqualTo(LineKind.EXERCISE);
        assertThat(merged.lines().get(0).kind()).isEqualTo(LineKind.PROSE);
    }
}
