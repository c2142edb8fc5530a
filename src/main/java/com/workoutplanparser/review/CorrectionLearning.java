package com.workoutplanparser.review;

import com.workoutplanparser.catalog.ExerciseStore;
import com.workoutplanparser.flow.ImportHeaders;
import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records an approval's match corrections and adds the aliases they teach, in the approval's transaction.
 * The in-memory matcher is rebuilt by the route after the commit (a rebuild inside the transaction would
 * read the catalog without the new aliases).
 */
@Component("correctionLearning")
public class CorrectionLearning {

    /** Learned aliases come from plans in any language. */
    static final String ANY_LANGUAGE = "und";

    private final CorrectionStore corrections;
    private final ExerciseStore exercises;
    private final AliasLearning learning;

    public CorrectionLearning(CorrectionStore corrections, ExerciseStore exercises,
                              @Value("${workout.review.alias-learn-threshold}") int threshold) {
        this.corrections = corrections;
        this.exercises = exercises;
        this.learning = new AliasLearning(threshold);
    }

    public void record(Exchange exchange) {
        var msg = exchange.getMessage();
        CorrectedPlan plan = exchange.getProperty(ReviewHeaders.CORRECTED_PLAN, CorrectedPlan.class);
        UUID reviewId = msg.getHeader(ImportHeaders.REVIEW_ID, UUID.class);
        UUID importId = msg.getHeader(ImportHeaders.IMPORT_ID, UUID.class);
        UUID reviewer = msg.getHeader(ReviewHeaders.REVIEWER_ID, UUID.class);
        List<LearnedAlias> learned = new ArrayList<>();
        for (MatchCorrection c : plan.corrections()) {
            corrections.insert(reviewId, importId, c, reviewer);
            long agreeing = corrections.countAgreeing(AliasLearning.nameKey(c.writtenName()), c.chosenExerciseId());
            if (learning.learns(agreeing) && !AliasLearning.nameKey(c.writtenName()).isEmpty()) {
                exercises.addAlias(c.chosenExerciseId(), c.writtenName().strip(), ANY_LANGUAGE, "learned");
                learned.add(new LearnedAlias(c.chosenExerciseId(), c.writtenName().strip()));
            }
        }
        msg.setHeader(ReviewHeaders.CORRECTION_COUNT, plan.corrections().size());
        msg.setHeader(ReviewHeaders.LEARNED_ALIAS_COUNT, learned.size());
        exchange.setProperty(ReviewHeaders.LEARNED_ALIASES, List.copyOf(learned));
    }
}
