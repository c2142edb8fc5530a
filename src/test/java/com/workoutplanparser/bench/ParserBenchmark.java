package com.workoutplanparser.bench;

import com.workoutplanparser.parse.ParseResult;
import com.workoutplanparser.parse.ParserCorpus;
import com.workoutplanparser.parse.RuleParser;
import com.workoutplanparser.parse.TextLines;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Speed of the rule parser on the labelled corpus. Run (not part of the test suite):
 *
 * <pre>mvn -o -Pbench -Dbench=ParserBenchmark</pre>
 *
 * <ul>
 *   <li>{@code plansPerSecond}: one corpus plan per operation, cycling through the corpus → ops/s = plans/s;</li>
 *   <li>{@code perLine}: one corpus line parsed on its own per operation → µs per line (an upper bound: each call
 *       also pays the per-parse set-up a line inside a plan shares);</li>
 *   <li>{@code oneMegabyte}: the corpus repeated to 1 MB, parsed once per operation → seconds per MB.</li>
 * </ul>
 * The set-up prints the corpus size so that plans/s can also be turned into a per-line cost
 * (1 / plans-per-second / average lines per plan).
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class ParserBenchmark {

    @State(Scope.Thread)
    public static class Corpus {
        final RuleParser parser = new RuleParser();
        List<String> plans;
        List<String> lines;
        String oneMegabyte;
        int nextPlan;
        int nextLine;

        @Setup(Level.Trial)
        public void load() {
            plans = ParserCorpus.load().stream().map(ParserCorpus.Plan::text).toList();
            lines = plans.stream().flatMap(p -> TextLines.split(p).stream()).toList();
            StringBuilder sb = new StringBuilder(1 << 20);
            while (sb.length() < (1 << 20)) {
                for (String p : plans) sb.append(p).append("\n\n");
            }
            sb.setLength(1 << 20);
            oneMegabyte = sb.toString();
            System.out.printf(Locale.ROOT, "%ncorpus: %d plans, %d lines, %.1f lines per plan, %d chars%n",
                    plans.size(), lines.size(), (double) lines.size() / plans.size(),
                    plans.stream().mapToInt(String::length).sum());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ParseResult plansPerSecond(Corpus c) {
        String plan = c.plans.get(c.nextPlan);
        c.nextPlan = (c.nextPlan + 1) % c.plans.size();
        return c.parser.parse(plan);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ParseResult perLine(Corpus c) {
        String line = c.lines.get(c.nextLine);
        c.nextLine = (c.nextLine + 1) % c.lines.size();
        return c.parser.parse(line);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 4)
    @Measurement(iterations = 5)
    public ParseResult oneMegabyte(Corpus c) {
        return c.parser.parse(c.oneMegabyte);
    }
}
