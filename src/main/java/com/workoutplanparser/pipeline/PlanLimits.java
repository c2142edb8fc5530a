package com.workoutplanparser.pipeline;

import com.workoutplanparser.plan.PlanReading;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The exercise cap ({@code workout.limits.work.max-exercises}): a reading with more exercises than any plan a person
 * writes is refused before matching, which is where a huge text would cost minutes and gigabytes. The import is
 * recorded FAILED with the reason; the REST caller gets 422 with the same words.
 */
@Component("planLimits")
public class PlanLimits {

    /** Thrown past the cap; import-errors records it, the REST response turns it into a 422. */
    public static final class TooManyExercises extends RuntimeException {
        public TooManyExercises(String message) {
            super(message);
        }
    }

    private final int maxExercises;

    /** By its key, not through intake's WorkLimits: pipeline does not depend on intake (docs/architecture.md). */
    public PlanLimits(@Value("${workout.limits.work.max-exercises}") int maxExercises) {
        this.maxExercises = maxExercises;
    }

    /** No cap: for parse stages built outside Spring (tests with a plain CamelContext). */
    public static PlanLimits unlimited() {
        return new PlanLimits(Integer.MAX_VALUE);
    }

    /**
     * Called by the parse stage on every reading (the rules', and the LLM's or the merged one) before it is matched:
     * a cap checked after matching would come too late to save anything.
     */
    public void check(PlanReading reading) {
        int n = reading == null ? 0 : reading.result().exercises().size();
        if (n > maxExercises) {
            throw new TooManyExercises("The plan holds " + n + " exercises; at most " + maxExercises
                    + " are read from one plan. Split it into several plans (one per block or week).");
        }
    }
}
