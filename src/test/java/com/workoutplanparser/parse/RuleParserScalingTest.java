package com.workoutplanparser.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parse time must grow linearly with input size, and a 1 MB input must finish — including the inputs that make
 * naive regexes backtrack (a 1 MB line of digits, of "x", of spaces). Speed itself is measured by the JMH
 * benchmark; here the check is deliberately generous (ratio of per-byte costs) and the figures are printed.
 */
class RuleParserScalingTest {

    private static final RuleParser PARSER = new RuleParser();
    private static final int MB = 1 << 20;

    @Test
    void parseTimeGrowsLinearlyAndOneMegabyteFinishes() {
        String corpus = String.join("\n\n", ParserCorpus.load().stream().map(ParserCorpus.Plan::text).toList());
        IntFunction<String> plans = size -> repeat(corpus + "\n", size);
        check("corpus plans", plans);
        check("one 1 MB line of plan text", size -> repeat("Squat 3x5 @ 100kg, rest 90s ", size));
        check("digits, no newline", size -> repeat("1234567890", size));
        check("x and digits", size -> repeat("1x1x", size));
        check("spaces and tabs", size -> repeat(" \t\u00A0", size));
        check("commas (CSV-like)", size -> "Exercise,Sets,Reps\n" + repeat("Squat,3,5\n", size));
        check("pipes (table-like)", size -> "| Exercise | Sets |\n|---|---|\n" + repeat("| Squat | 3 |\n", size));
    }

    private static void check(String what, IntFunction<String> input) {
        String small = input.apply(MB / 8);
        String large = input.apply(MB);
        // warm up the JIT so the ratio compares steady-state costs
        for (int i = 0; i < 3; i++) PARSER.parse(small);
        double tSmall = time(small);
        double tLarge = time(large);
        ParseResult r = PARSER.parse(large);
        // below ~20 ms the timer and GC dominate: compare against at least that floor
        double perByteRatio = (tLarge / large.length()) / (Math.max(tSmall, 20.0) / small.length());
        System.out.printf(Locale.ROOT, "scaling %-28s 128 KB: %7.1f ms   1 MB: %7.1f ms   (%d lines, %d exercises)   per-byte cost ratio %.2f%n",
                what, tSmall, tLarge, r.lines().size(), r.exercises().size(), perByteRatio);
        assertThat(r.lines()).hasSize(TextLines.split(large).size());
        // linear growth: 8x the input may cost up to ~8x the time; allow 4x on top for GC and timer noise
        assertThat(perByteRatio).as("per-byte cost at 1 MB vs 128 KB for %s", what).isLessThan(4.0);
    }

    private static double time(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            PARSER.parse(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best / 1e6;
    }

    private static String repeat(String unit, int size) {
        StringBuilder sb = new StringBuilder(size + unit.length());
        while (sb.length() < size) sb.append(unit);
        sb.setLength(size);
        return sb.toString();
    }

    @Test
    void nullEmptyAndLineEndings() {
        assertThat(PARSER.parse(null).lines()).isEmpty();
        assertThat(PARSER.parse(null).isWorkout()).isFalse();
        assertThat(PARSER.parse("").lines()).extracting(LineReading::kind).containsExactly(LineKind.BLANK);
        ParseResult crlf = PARSER.parse("Day 1\r\nSquat 3x5\r\n\r\nBench 3x8\r");
        assertThat(crlf.lines()).hasSize(5);
        assertThat(crlf.exercises()).extracting(ParsedExercise::name).containsExactly("Squat", "Bench");
        assertThat(crlf.exercises()).extracting(ParsedExercise::lineNumber).containsExactly(2, 4);
    }

    @Test
    void threadSafeUnderConcurrentUse() throws Exception {
        List<String> texts = ParserCorpus.load().stream().map(ParserCorpus.Plan::text).toList();
        List<ParseResult> expected = texts.stream().map(PARSER::parse).toList();
        Thread[] threads = new Thread[4];
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int round = 0; round < 5; round++) {
                    for (int i = 0; i < texts.size(); i++) {
                        if (!PARSER.parse(texts.get(i)).equals(expected.get(i))) {
                            failures.add(new AssertionError("different result for plan " + i));
                        }
                    }
                }
            });
            threads[t].start();
        }
        for (Thread th : threads) th.join();
        assertThat(failures).isEmpty();
    }
}
