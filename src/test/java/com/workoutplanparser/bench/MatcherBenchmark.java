package com.workoutplanparser.bench;

import com.workoutplanparser.match.Alias;
import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.match.CatalogFile;
import com.workoutplanparser.match.ExerciseMatcher;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.match.MatchThresholds;
import me.xdrop.fuzzywuzzy.FuzzySearch;
import me.xdrop.fuzzywuzzy.model.ExtractedResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Time per query of {@link ExerciseMatcher#match} at the real catalog size and at 10,000 exercises
 * (the catalog plus generated variants), beside a plain fuzzywuzzy {@code extractTop} scan over the same
 * names and aliases. Sample-time mode: JMH prints p0.50 (median) and p0.99 per benchmark.
 * Queries: the labelled test set (matcher/queries.tsv), cycled.
 *
 * <p>Run: {@code mvn -o -Pbench -Dbench=MatcherBenchmark}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class MatcherBenchmark {

    @Param({"catalog", "10000"})
    public String size;

    ExerciseMatcher matcher;
    List<String> choices;
    String[] queries;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<CatalogExercise> catalog = new ArrayList<>(CatalogFile.loadDefault());
        if (!"catalog".equals(size)) {
            catalog = grow(catalog, Integer.parseInt(size));
        }
        long t0 = System.nanoTime();
        matcher = new ExerciseMatcher(catalog, MatchThresholds.DEFAULT);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        choices = new ArrayList<>();
        for (CatalogExercise e : catalog) {
            choices.add(e.name());
            e.aliases().forEach(a -> choices.add(a.text()));
        }
        queries = loadQueries();
        System.out.printf("%n[setup] %d exercises, %d names+aliases, matcher built in %d ms, %d queries%n",
                matcher.size(), choices.size(), buildMs, queries.length);
    }

    @Benchmark
    public MatchResult matcher() {
        String q = queries[next++ % queries.length];
        return matcher.match(q);
    }

    @Benchmark
    public List<ExtractedResult> extractTopScan() {
        String q = queries[next++ % queries.length];
        return FuzzySearch.extractTop(q, choices, 5);
    }

    /** The catalog plus generated variants ("Banded Tempo Barbell Bench Press", coined names) up to n. */
    static List<CatalogExercise> grow(List<CatalogExercise> base, int n) {
        String[] modifiers = {"Banded", "Tempo", "Paused", "Deficit", "Chain", "Half", "Quarter", "Isometric",
                "Eccentric", "Offset", "Staggered", "Tall-Kneeling", "Half-Kneeling", "Elevated", "Cross-Body",
                "Wide-Stance", "Narrow-Stance", "Reverse-Band", "Slow", "Explosive", "Unilateral", "Alternating",
                "Pulse", "Partial", "Heavy", "Speed", "Dead-Stop", "Long-Lever", "Supported", "Suspended",
                "Anti-Rotation", "Rotational", "Lateral", "Contralateral", "Ipsilateral", "Neutral-Grip"};
        String[] syllables = {"ka", "lo", "vi", "ter", "mon", "zu", "ra", "pel", "dor", "sin", "qua", "bex"};
        Random rnd = new Random(42);
        List<CatalogExercise> out = new ArrayList<>(base);
        int i = 0;
        while (out.size() < n) {
            CatalogExercise b = base.get(i % base.size());
            String m1 = modifiers[rnd.nextInt(modifiers.length)];
            String m2 = modifiers[rnd.nextInt(modifiers.length)];
            String coined = "";
            if (rnd.nextInt(3) == 0) {
                StringBuilder w = new StringBuilder();
                for (int s = 0; s < 2 + rnd.nextInt(2); s++) {
                    w.append(syllables[rnd.nextInt(syllables.length)]);
                }
                coined = Character.toUpperCase(w.charAt(0)) + w.substring(1) + " ";
            }
            String name = coined + m1 + " " + (m1.equals(m2) ? "" : m2 + " ") + b.name();
            List<Alias> aliases = new ArrayList<>();
            if (!b.aliases().isEmpty()) {
                aliases.add(Alias.curated(m1.toLowerCase() + " " + b.aliases().get(0).text(), "en"));
            }
            out.add(new CatalogExercise("gen-" + i + "-" + b.id(), name, b.equipment(), b.pattern(), b.muscles(),
                    aliases));
            i++;
        }
        return out;
    }

    static String[] loadQueries() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = MatcherBenchmark.class.getResourceAsStream("/matcher/queries.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t")[0]);
                }
            }
        }
        return out.toArray(new String[0]);
    }
}
