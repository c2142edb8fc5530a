package com.workoutplanparser.catalog;

import com.workoutplanparser.match.ExerciseMatcher;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.match.MatchThresholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog as the pipeline sees it: an in-memory matcher built from PostgreSQL, rebuilt and swapped
 * atomically whenever the catalog changes through this service (so it is never stale, and a plan being
 * matched while it is rebuilt sees either the old or the new catalog, never half of each).
 */
@Service
public class ExerciseCatalog {

    private static final Logger log = LoggerFactory.getLogger(ExerciseCatalog.class);

    private final ExerciseStore store;
    private final MatchThresholds thresholds;
    private final AtomicReference<ExerciseMatcher> matcher = new AtomicReference<>();

    public ExerciseCatalog(ExerciseStore store,
                           @Value("${workout.match.high-threshold}") double high,
                           @Value("${workout.match.medium-threshold}") double medium,
                           @Value("${workout.match.low-threshold}") double low) {
        this.store = store;
        this.thresholds = new MatchThresholds(high, medium, low);
        refresh();
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }

    public MatchResult match(String name) {
        return matcher.get().match(name);
    }

    public ExerciseMatcher matcher() {
        return matcher.get();
    }

    /** Rebuilds the index from the database; call after every change to exercises or aliases. */
    public final synchronized void refresh() {
        long start = System.nanoTime();
        ExerciseMatcher fresh = new ExerciseMatcher(store.findAll(), thresholds);
        matcher.set(fresh);
        log.info("Exercise catalog loaded: {} exercises, index built in {} ms",
                fresh.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
