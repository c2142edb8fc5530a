package com.workoutplanparser.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.parse.ParserCorpus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An LLM that reads perfectly, for measuring the hybrid policy and nothing else: for the lines it is sent, it
 * answers the labelled reading of those lines (a labelled exercise belongs to the first sent line its name occurs
 * in). What it is never sent it cannot read, exactly like a real model.
 */
final class PerfectReader {

    private PerfectReader() {
    }

    static MockResponse answer(RecordedRequest request, ParserCorpus.Plan plan) {
        Map<Integer, String> sent = sentLines(request);
        Set<Integer> used = new HashSet<>();
        ObjectNode reply = FakeReplies.JSON.createObjectNode();
        reply.putNull("title");
        ArrayNode days = reply.putArray("days");
        for (ParserCorpus.ExpectedDay day : plan.days()) {
            ObjectNode d = FakeReplies.JSON.createObjectNode();
            d.put("label", day.label());
            d.put("week", day.week());
            ArrayNode exercises = d.putArray("exercises");
            for (Map<String, Object> e : day.exercises()) {
                String name = String.valueOf(e.get("name"));
                Integer line = lineOf(name, sent, used);
                if (line != null) {
                    exercises.add(exercise(e, name, line, sent.get(line)));
                }
            }
            if (!exercises.isEmpty()) {
                days.add(d);
            }
        }
        ArrayNode ignored = reply.putArray("ignoredLines");
        sent.keySet().stream().filter(n -> !used.contains(n)).forEach(ignored::add);
        return FakeReplies.openAi(request, reply.toString());
    }

    /** The numbered lines between the plan markers of the user message. */
    static Map<Integer, String> sentLines(RecordedRequest request) {
        String user = FakeReplies.body(request).path("messages").get(1).path("content").asText();
        int from = user.indexOf(PlanPrompt.OPEN) + PlanPrompt.OPEN.length();
        int to = user.lastIndexOf(PlanPrompt.CLOSE);
        Map<Integer, String> lines = new LinkedHashMap<>();
        for (String l : user.substring(from, to).split("\n")) {
            int bar = l.indexOf("| ");
            if (bar > 0 && l.substring(0, bar).chars().allMatch(Character::isDigit)) {
                lines.put(Integer.parseInt(l.substring(0, bar)), l.substring(bar + 2));
            }
        }
        return lines;
    }

    private static Integer lineOf(String name, Map<Integer, String> sent, Set<Integer> used) {
        String wanted = norm(name);
        List<Integer> candidates = new ArrayList<>();
        for (Map.Entry<Integer, String> l : sent.entrySet()) {
            if (norm(l.getValue()).contains(wanted)) {
                candidates.add(l.getKey());
            }
        }
        // a name repeated in a plan (the same exercise on two days) takes the next line that has it
        Integer line = candidates.stream().filter(n -> !used.contains(n)).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(candidates.size() - 1));
        if (line != null) {
            used.add(line);
        }
        return line;
    }

    private static ObjectNode exercise(Map<String, Object> e, String name, int line, String text) {
        ObjectNode x = FakeReplies.JSON.createObjectNode();
        x.put("line", line);
        x.put("text", text);
        x.put("name", name);
        x.putPOJO("sets", integer(e.get("sets")));
        x.put("reps", e.get("reps") == null ? null : String.valueOf(e.get("reps")));
        Object weight = e.get("weight");
        if (weight instanceof List<?> list) {
            ArrayNode w = x.putArray("weight");
            list.forEach(v -> w.add(((Number) v).doubleValue()));
        } else {
            x.putPOJO("weight", weight instanceof Number n ? n.doubleValue() : null);
        }
        Object unit = e.get("unit");
        x.put("unit", unit == null || !List.of("kg", "lb", "bodyweight").contains(unit.toString()) ? null : unit.toString());
        x.putPOJO("percent1rm", number(e.get("pct")));
        x.putPOJO("rpe", number(e.get("rpe")));
        x.putPOJO("durationSeconds", integer(e.get("dur")));
        x.putPOJO("distanceMeters", number(e.get("dist")));
        x.putPOJO("restSeconds", integer(e.get("rest")));
        x.putNull("tempo");
        x.put("superset", e.get("ss") == null ? null : String.valueOf(e.get("ss")));
        x.putNull("notes");
        return x;
    }

    private static Integer integer(Object v) {
        return v instanceof Number n ? n.intValue() : null;
    }

    private static Double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : null;
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
