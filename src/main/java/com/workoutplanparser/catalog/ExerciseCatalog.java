package com.workoutplanparser.catalog;

import com.workoutplanparser.match.ExerciseMatcher;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.match.MatchThresholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog as the pipeline sees it: an in-memory matcher built from PostgreSQL, rebuilt and swapped
 * atomically whenever the catalog changes through this service, and within seconds when it changes through
 * another instance on the same database ({@link CatalogRefreshRoute} polls the change counter). A plan being
 * matched while it is rebuilt sees either the old or the new catalog, never half of each.
 */
@Service
public class ExerciseCatalog {

    private static final Logger log = LoggerFactory.getLogger(ExerciseCatalog.class);

    private final ExerciseStore store;
    private final MatchThresholds thresholds;
    private final AtomicReference<ExerciseMatcher> matcher = new AtomicReference<>();
    /** The catalog change counter the current matcher was built at (read before the rows, so never ahead). */
    private final AtomicLong builtAt = new AtomicLong(-1);

    public ExerciseCatalog(ExerciseStore store, MatchSettings settings) {
        this.store = store;
        this.thresholds = settings.thresholds();
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
        long version = store.catalogVersion();
        ExerciseMatcher fresh = new ExerciseMatcher(store.findAll(), thresholds);
        matcher.set(fresh);
        builtAt.set(version);
        log.info("Exercise catalog loaded: {} exercises (change {}), index built in {} ms",
                fresh.size(), version, (System.nanoTime() - start) / 1_000_000);
    }

    /** True when the database holds catalog changes the current matcher was not built with. */
    public boolean isBehind(long databaseVersion) {
        return databaseVersion > builtAt.get();
    }
}
