package com.workoutplanparser.match;

import java.util.Arrays;

/**
 * "Seen in this query" marks over a fixed range of ids without clearing an array per query: a query takes the next
 * stamp and an id is seen when its slot holds that stamp. Only when the stamps run out is the array cleared.
 * One instance per thread (the matcher keeps them in a ThreadLocal): not thread-safe.
 */
class SeenStamps {

    final int[] seen;
    private int stamp;

    SeenStamps(int size) {
        seen = new int[size];
    }

    /** The stamp of a new query: no slot holds it yet. */
    int next() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        return stamp;
    }
}
