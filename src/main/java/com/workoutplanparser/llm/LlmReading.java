package com.workoutplanparser.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.parse.ParsedDay;
import com.workoutplanparser.parse.ParsedExercise;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated reply turned into the plan model. Only exercise content crosses over: the reply has no field for
 * ids, confidence or status, and the schema forbids extra fields.
 *
 * @param ignoredLines lines the LLM judged to carry no exercise
 */
public record LlmReading(String title, List<ParsedDay> days, Set<Integer> ignoredLines) {

    /**
     * How sure a reading by the LLM is, fixed by the service rather than said by the model:
     * lower than a rule's certain read, so that the LLM never outranks the rules.
     */
    public static final double LLM_CERTAINTY = 0.8;
    private static final int MAX_TEXT = 300;

    public LlmReading {
        days = List.copyOf(days);
        ignoredLines = Set.copyOf(ignoredLines);
    }

    public static LlmReading from(JsonNode reply) {
        List<ParsedDay> days = new ArrayList<>();
        for (JsonNode day : reply.path("days")) {
            List<ParsedExercise> exercises = new ArrayList<>();
            for (JsonNode e : day.path("exercises")) {
                exercises.add(exercise(e));
            }
            days.add(new ParsedDay(text(day, "label"), text(day, "week"), exercises));
        }
        Set<Integer> ignored = new LinkedHashSet<>();
        reply.path("ignoredLines").forEach(n -> ignored.add(n.asInt()));
        return new LlmReading(text(reply, "title"), days, ignored);
    }

    private static ParsedExercise exercise(JsonNode e) {
        return ParsedExercise.builder(text(e, "name"))
                .text(text(e, "text"))
                .sets(integer(e, "sets"))
                .reps(text(e, "reps"))
                .weights(weights(e.path("weight")))
                .unit(text(e, "unit"))
                .percent1rm(number(e, "percent1rm"))
                .rpe(number(e, "rpe"))
                .durationSeconds(integer(e, "durationSeconds"))
                .distanceMeters(number(e, "distanceMeters"))
                .restSeconds(integer(e, "restSeconds"))
                .tempo(text(e, "tempo"))
                .superset(text(e, "superset"))
                .notes(text(e, "notes"))
                .lineNumber(e.path("line").isInt() ? e.path("line").asInt() : 0)
                .certainty(LLM_CERTAINTY)
                .build();
    }

    private static List<Double> weights(JsonNode w) {
        if (w.isNumber()) {
            return List.of(w.asDouble());
        }
        List<Double> list = new ArrayList<>();
        if (w.isArray()) {
            w.forEach(v -> list.add(v.asDouble()));
        }
        return list;
    }

    /** Text as the model wrote it, without control characters, and bounded (a reply is untrusted). */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            return null;
        }
        String s = v.asText().replaceAll("\\p{Cntrl}", " ").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isIntegralNumber() ? v.asInt() : null;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? v.asDouble() : null;
    }
}
