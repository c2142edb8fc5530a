package com.workoutplanparser.review;

import com.workoutplanparser.catalog.ExerciseStore;
import com.workoutplanparser.plan.ImportResult;
import org.apache.camel.Exchange;
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
                              ReviewSettings settings) {
        this.corrections = corrections;
        this.exercises = exercises;
        this.learning = new AliasLearning(settings.aliasLearnThreshold());
    }

    public void record(Exchange exchange) {
        var msg = exchange.getMessage();
        CorrectedPlan plan = exchange.getProperty(ReviewHeaders.CORRECTED_PLAN, CorrectedPlan.class);
        ReviewDecision decision = exchange.getProperty(ReviewDecision.PROPERTY, ReviewDecision.class);
        UUID reviewId = decision.reviewId();
        UUID importId = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class).importId();
        UUID reviewer = decision.reviewerId();
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
