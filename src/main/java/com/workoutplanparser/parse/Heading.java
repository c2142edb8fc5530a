package com.workoutplanparser.parse;

/**
 * A structural line: week, day, rest day, section, circuit/superset block, or a markdown heading.
 *
 * @param label     the heading as written, without decoration ("Day 1: Upper", "Week 2")
 * @param week      for WEEK_DAY: the week part ("W1"); day part is in label
 * @param remainder for SECTION: text after "Warm-up:" that may itself be an exercise
 * @param block     for BLOCK: how the exercises under it are grouped
 */
record Heading(Type type, String label, String week, String remainder, Block block) {

    enum Type { WEEK, DAY, WEEK_DAY, REST_DAY, SECTION, BLOCK, MARKDOWN }

    /** A group of exercises done together: rounds of a circuit, a superset, an EMOM, an AMRAP, a rep scheme. */
    record Block(Kind kind, Integer rounds, String label, Integer minutes, Integer interval, String repScheme,
                 Integer restSeconds) {
        enum Kind { ROUNDS, SUPERSET, EMOM, AMRAP, FOR_TIME, REP_SCHEME, TABATA }
    }
}
