package com.workoutplanparser.pipeline;

import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.llm.LlmStatus;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.plan.MatchedPlan;
import com.workoutplanparser.plan.PlanReading;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides where a matched plan goes, and puts everything the storing routes need on the exchange: the status,
 * the ids to create, and the response JSON that is stored with the import.
 */
@Component("importOutcome")
public class ImportOutcome {

    private final Json json;
    private final LlmStatus llm;

    public ImportOutcome(Json json, LlmStatus llm) {
        this.json = json;
        this.llm = llm;
    }

    public void decide(Exchange exchange) throws Exception {
        Message msg = exchange.getMessage();
        MatchedPlan plan = msg.getMandatoryBody(MatchedPlan.class);
        PlanReading reading = plan.reading();
        RoutingDecision decision = RoutingDecision.decide(plan);
        UUID importId = msg.getHeader(ImportHeaders.IMPORT_ID, UUID.class);

        UUID planId = null;
        UUID reviewId = null;
        String status;
        String error = null;
        switch (decision.route()) {
            case STORE -> {
                status = "STORED";
                planId = UUID.randomUUID();
            }
            case REVIEW -> {
                status = "NEEDS_REVIEW";
                reviewId = UUID.randomUUID();
                error = decision.reason();
            }
            default -> {
                status = "REJECTED";
                error = decision.reason();
            }
        }
        boolean sent = exchange.getProperty(ParsePlanRoute.SENT_TO_LLM, false, Boolean.class);
        ImportResponse.ReadBy readBy = new ImportResponse.ReadBy(reading.parser(), sent ? llm.provider() : null,
                sent ? llm.model() : null);
        ImportResponse response = ImportResponse.of(importId, status, planId, reviewId, plan, error, readBy);
        exchange.setProperty(ImportHeaders.MATCHED_PLAN, plan);
        msg.setHeader(ImportHeaders.STATUS, status);
        msg.setHeader(ImportHeaders.PLAN_ID, planId);
        msg.setHeader(ImportHeaders.REVIEW_ID, reviewId);
        msg.setHeader(ImportHeaders.ERROR, error);
        msg.setHeader(ImportHeaders.PARSER, reading.parser());
        msg.setHeader(ImportHeaders.INPUT_TOKENS, reading.usage().inputTokens());
        msg.setHeader(ImportHeaders.OUTPUT_TOKENS, reading.usage().outputTokens());
        msg.setHeader(ImportHeaders.COST_USD, reading.usage().estimatedCostUsd());
        msg.setHeader(ImportHeaders.RESPONSE_JSON, json.write(response));
        msg.setHeader(ImportHeaders.CONFIDENCE_JSON, json.write(confidenceScores(plan)));
        msg.setBody(response);
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
