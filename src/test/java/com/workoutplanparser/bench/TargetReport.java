package com.workoutplanparser.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The load benchmark's closing lines: issue 16's five targets, each with the figure it is judged by.
 *
 * <p>The two throughput ratios compare two 8-second windows, and on a shared 2-core machine one window's rate moves
 * with the neighbours: in single-window runs of one build the parse-to-floor ratio ranged 0.47–0.84 and the drain's
 * 0.55–1.10. So both are measured in rounds within the run, each round's pair of windows taken back to back, and
 * judged by the median round; every round's ratio is printed beside it, so a spread is seen, not hidden. The
 * one-client p50 ratios come from one window each: a median latency of thousands of requests is already steady.
 */
final class TargetReport {

    /**
     * One round of the 8-client comparisons, measured in this order: the floor, the sync parse, the drain (in the
     * first round the match sits between floor and parse, and the async accept run between parse and drain).
     */
    record Round(LoadRun.Figures floor8, LoadRun.Figures parse8, double drainSeconds) {

        double parseToFloor() {
            return parse8.perSecond() / floor8.perSecond();
        }

        double drainToSync() {
            return 1000 / drainSeconds / parse8.perSecond();
        }
    }

    private final List<Round> rounds = new ArrayList<>();

    void add(Round round) {
        rounds.add(round);
    }

    /**
     * Prints the targets.
     *
     * @param floor1 the static floor at one client
     * @param match1 the match at one client
     * @param parse1 the sync parse at one client
     * @param rssKb  the service's RSS after 8 large plans at once, in kB
     */
    void print(LoadRun.Figures floor1, LoadRun.Figures match1, LoadRun.Figures parse1, long rssKb) {
        List<Double> parse = rounds.stream().map(Round::parseToFloor).toList();
        List<Double> drain = rounds.stream().map(Round::drainToSync).toList();
        System.out.println();
        System.out.printf(Locale.ROOT,
                "Ratios to the floor (issue 16's targets; throughput ratios: median of %d rounds)%n", rounds.size());
        check("parse throughput, 8 clients / floor's", median(parse), ">=", 0.5, parse);
        check("parse p50, 1 client / floor's", parse1.p50() / floor1.p50(), "<=", 3.0, List.of());
        check("match p50, 1 client / floor's", match1.p50() / floor1.p50(), "<=", 1.5, List.of());
        check("1000 async drain rate / sync parse at 8 clients", median(drain), ">=", 0.8, drain);
        check("RSS after 8 large plans at once, GiB", rssKb / 1024.0 / 1024.0, "<=", 1.0, List.of());
    }

    /** The middle value; for an even count, the mean of the two middle ones. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static void check(String what, double value, String op, double target, List<Double> rounds) {
        boolean ok = op.equals(">=") ? value >= target : value <= target;
        String each = rounds.size() < 2 ? ""
                : rounds.stream().map(r -> String.format(Locale.ROOT, "%.2f", r))
                        .collect(Collectors.joining(" ", "  rounds: ", ""));
        System.out.printf(Locale.ROOT, "  %-50s %6.2f  (target %s %.2f)  %s%s%n", what, value, op, target,
                ok ? "ok" : "MISSED", each);
    }
}
