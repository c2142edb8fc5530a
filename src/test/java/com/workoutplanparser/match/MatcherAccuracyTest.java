package com.workoutplanparser.match;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the matcher on the labelled queries in {@code matcher/queries.tsv} against the real catalog.
 * A labelled query is right when the best candidate is the expected exercise; a "-" query (a name that is
 * in no catalog entry) is right when it is not reported high or medium. "Wrong but high" counts queries
 * whose reported best is wrong (or should not exist) yet sits at the high level: the figure that decides
 * whether a plan is stored without a person looking at it.
 */
class MatcherAccuracyTest {

    /** Floors from the measured figures (see the report printed by the test), with a little headroom. */
    static final double MIN_TOP1 = 0.97;
    static final double MIN_TOP1_PER_KIND = 0.90;
    static final double MAX_WRONG_HIGH = 0.01;
    static final int MIN_QUERIES = 200;
    /** Floor for the queries that are no catalog name or alias even after normalisation (the fuzzy path). */
    static final double MIN_TOP1_FUZZY = 0.95;

    record Query(String text, String expected, String kind) {
        boolean mustNotMatch() {
            return "-".equals(expected);
        }
    }

    record Outcome(Query query, MatchResult result) {
        boolean correct() {
            if (query.mustNotMatch()) {
                return result.level() == MatchLevel.LOW || result.level() == MatchLevel.UNMATCHED;
            }
            return result.best() != null && result.best().exerciseId().equals(query.expected());
        }

        boolean wrongButHigh() {
            return result.level() == MatchLevel.HIGH && !correct();
        }
    }

    static List<CatalogExercise> catalog;
    static ExerciseMatcher matcher;

    @BeforeAll
    static void build() {
        catalog = CatalogFile.loadDefault();
        matcher = new ExerciseMatcher(catalog, MatchThresholds.DEFAULT);
    }

    static List<Query> load() throws IOException {
        List<Query> out = new ArrayList<>();
        try (InputStream in = MatcherAccuracyTest.class.getResourceAsStream("/matcher/queries.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalArgumentException("bad line in queries.tsv: " + line);
                }
                out.add(new Query(f[0], f[1], f[2]));
            }
        }
        return out;
    }

    @Test
    void labelledIdsExistInTheCatalog() throws IOException {
        Set<String> ids = catalog.stream().map(CatalogExercise::id).collect(Collectors.toSet());
        List<String> missing = load().stream().filter(q -> !q.mustNotMatch() && !ids.contains(q.expected()))
                .map(q -> q.text() + " -> " + q.expected()).toList();
        assertThat(missing).as("expected ids absent from the catalog").isEmpty();
    }

    @Test
    void accuracyOnLabelledQueries() throws IOException {
        List<Query> queries = load();
        List<Outcome> outcomes = queries.stream().map(q -> new Outcome(q, matcher.match(q.text()))).toList();

        Map<String, int[]> byKind = new TreeMap<>();
        int correct = 0;
        int wrongHigh = 0;
        int acceptedRight = 0;
        int labelled = 0;
        StringBuilder misses = new StringBuilder();
        for (Outcome o : outcomes) {
            int[] k = byKind.computeIfAbsent(o.query().kind(), x -> new int[3]);
            k[0]++;
            if (o.correct()) {
                correct++;
                k[1]++;
            }
            if (o.wrongButHigh()) {
                wrongHigh++;
                k[2]++;
            }
            if (!o.query().mustNotMatch()) {
                labelled++;
                if (o.correct() && o.result().level() != MatchLevel.LOW && o.result().level() != MatchLevel.UNMATCHED) {
                    acceptedRight++;
                }
            }
            if (!o.correct() || o.wrongButHigh()) {
                MatchResult r = o.result();
                misses.append(String.format("  %-8s %-45s expected %-35s got %-35s %.3f %s alt=%s%n",
                        o.query().kind(), o.query().text(), o.query().expected(),
                        r.best() == null ? "-" : r.best().exerciseId(), r.confidence(), r.level().json(),
                        r.alternatives().stream().map(c -> c.exerciseId() + ":" + c.confidence()).toList()));
            }
        }
        Set<String> catalogForms = new java.util.HashSet<>();
        for (CatalogExercise e : catalog) {
            catalogForms.add(Normaliser.normalise(e.name()));
            e.aliases().forEach(a -> catalogForms.add(Normaliser.normalise(a.text())));
        }
        catalogForms.addAll(catalogForms.stream().map(Normaliser::compact).toList());
        int fuzzyN = 0;
        int fuzzyRight = 0;
        for (Outcome o : outcomes) {
            String q = Normaliser.normalise(o.query().text());
            if (!o.query().mustNotMatch() && !catalogForms.contains(q) && !catalogForms.contains(Normaliser.compact(q))) {
                fuzzyN++;
                if (o.correct()) {
                    fuzzyRight++;
                }
            }
        }
        int n = outcomes.size();
        StringBuilder table = new StringBuilder();
        table.append(String.format("%nMatcher accuracy: %d queries, catalog %d exercises%n", n, matcher.size()));
        table.append(String.format("  %-18s %6s %8s %10s%n", "kind", "n", "top-1", "wrongHigh"));
        byKind.forEach((kind, k) -> table.append(String.format("  %-18s %6d %8.3f %10d%n", kind, k[0],
                (double) k[1] / k[0], k[2])));
        table.append(String.format("  %-18s %6d %8.3f %10d (%.2f%%)%n", "overall", n, (double) correct / n,
                wrongHigh, 100.0 * wrongHigh / n));
        table.append(String.format("  labelled queries that are no catalog name/alias after normalisation: %d, top-1 %.3f%n",
                fuzzyN, (double) fuzzyRight / fuzzyN));
        table.append(String.format("  labelled queries right and reported high/medium: %d / %d (%.3f)%n",
                acceptedRight, labelled, (double) acceptedRight / labelled));
        if (misses.length() > 0) {
            table.append("Misses:\n").append(misses);
        }
        System.out.println(table);

        assertThat(n).isGreaterThanOrEqualTo(MIN_QUERIES);
        assertThat((double) correct / n).as("top-1 accuracy").isGreaterThanOrEqualTo(MIN_TOP1);
        assertThat((double) fuzzyRight / fuzzyN).as("top-1 on the fuzzy path").isGreaterThanOrEqualTo(MIN_TOP1_FUZZY);
        assertThat((double) wrongHigh / n).as("wrong-but-high rate").isLessThanOrEqualTo(MAX_WRONG_HIGH);
        byKind.forEach((kind, k) -> assertThat((double) k[1] / k[0]).as("top-1 for kind " + kind)
                .isGreaterThanOrEqualTo(MIN_TOP1_PER_KIND));
    }
}
