package com.workoutplanparser.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a block heading (circuit, superset, EMOM, rep scheme, Tabata) gives the exercises under it. */
final class BlockRules {

    private BlockRules() {
    }

    /** Rounds become sets and a rep scheme becomes per-set reps, unless the exercise line says otherwise. */
    static void apply(Heading.Block b, ExerciseDraft d) {
        switch (b.kind()) {
            case ROUNDS, SUPERSET, TABATA -> {
                if (b.rounds() != null && d.sets == null) d.sets = b.rounds();
                if (b.restSeconds() != null && d.restSeconds == null && b.kind() != Heading.Block.Kind.TABATA) {
                    d.restSeconds = b.restSeconds();
                }
                if (b.kind() == Heading.Block.Kind.TABATA) {
                    if (d.durationSeconds == null) d.durationSeconds = 20;
                    if (d.restSeconds == null) d.restSeconds = 10;
                    d.note("Tabata");
                }
            }
            case REP_SCHEME -> {
                if (d.reps.isEmpty() && d.sets == null) {
                    for (String r : b.repScheme().split("-")) d.reps.add(r);
                    d.sets = d.reps.size();
                } else if (d.sets == null) {
                    d.sets = b.repScheme().split("-").length;
                }
            }
            case AMRAP -> d.note(b.minutes() == null ? "AMRAP" : "AMRAP " + b.minutes() + " min");
            case FOR_TIME -> d.note("for time");
            case EMOM -> d.note(b.minutes() == null ? "EMOM" : (b.interval() != null && b.interval() > 1
                    ? "E" + b.interval() + "MOM " : "EMOM ") + b.minutes() + " min");
        }
    }

    /** EMOM: exercises alternate minute by minute, so each is done minutes / (interval x count) times. */
    static void close(Heading.Block b, List<ExerciseDraft> members) {
        if (b.kind() != Heading.Block.Kind.EMOM || b.minutes() == null || members.isEmpty()) return;
        int interval = b.interval() == null ? 1 : b.interval();
        int slots = b.minutes() / interval;
        int k = members.size();
        if (slots >= k && slots % k == 0) {
            for (ExerciseDraft d : members) if (d.sets == null) d.sets = slots / k;
        }
    }

    /** A superset of one is no superset: "A1. Squat" with no A2 is just numbering. */
    static void dropSupersetsOfOne(List<ExerciseDraft> exercises) {
        Map<String, Integer> counts = new HashMap<>();
        for (ExerciseDraft d : exercises) {
            if (d.superset != null) counts.merge(d.superset, 1, Integer::sum);
        }
        for (ExerciseDraft d : exercises) {
            if (d.superset != null && counts.get(d.superset) < 2) d.superset = null;
        }
    }
}
