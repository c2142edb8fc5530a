package com.workoutplanparser.pipeline;

import com.workoutplanparser.llm.LlmStatus;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.web.Json;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides where a matched plan goes, and puts everything the storing routes need in the exchange's
 * {@link ImportResult}: the status, the ids to create, and the response JSON that is stored with the import.
 */
@Component("importOutcome")
@RequiredArgsConstructor
public class ImportOutcome {

    private final Json json;
    private final LlmStatus llm;

    public void decide(Exchange exchange) throws Exception {
        MatchedPlan plan = exchange.getMessage().getMandatoryBody(MatchedPlan.class);
        ImportResult current = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        RoutingDecision decision = RoutingDecision.decide(plan);
        UUID planId = null;
        UUID reviewId = null;
        ImportStatus status;
        switch (decision.route()) {
            case STORE -> {
                status = ImportStatus.STORED;
                planId = UUID.randomUUID();
            }
            case REVIEW -> {
                status = ImportStatus.NEEDS_REVIEW;
                reviewId = UUID.randomUUID();
            }
            default -> status = ImportStatus.REJECTED;
        }
        boolean sent = exchange.getProperty(ParsePlanRoute.SENT_TO_LLM, false, Boolean.class);
        ImportResponse.ReadBy readBy = new ImportResponse.ReadBy(plan.reading().parser(), sent ? llm.provider() : null,
                sent ? llm.model() : null);
        ImportResponse response = ImportResponse.of(current.importId(), status, planId, reviewId, plan,
                decision.reason(), readBy);
        ImportResult decided = current.decided(status, planId, reviewId, decision.reason(), plan, response,
                json.write(response), json.write(confidenceScores(plan)));
        exchange.setProperty(ImportResult.PROPERTY, decided);
        exchange.getMessage().setBody(response);
    }

    /** {@code confidence_scores}: the plan's summary and each exercise's score, for analysis without the plan. */
    private static Map<String, Object> confidenceScores(MatchedPlan plan) {
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("summary", ImportResponse.Confidence.of(plan.confidence()));
        List<Map<String, Object>> perExercise = plan.exercises().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.parsed().name());
            m.put("exerciseId", e.match().best() == null ? null : e.match().best().exerciseId());
            m.put("confidence", Math.round(e.match().confidence() * 1000) / 1000.0);
            m.put("level", e.match().level().json());
            return m;
        }).toList();
        scores.put("exercises", perExercise);
        return scores;
    }
}
