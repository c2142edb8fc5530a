package com.workoutplanparser.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.web.ApiException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reviewer changed before approving: the body of {@code POST /api/v1/reviews/{id}/approve}.
 * <pre>
 * {"corrections": [{"day": 0, "index": 1, "exerciseId": "barbell-front-squat"},
 *                  {"day": 0, "index": 2, "sets": 4, "reps": "10", "weight": 60, "unit": "kg"},
 *                  {"day": 0, "index": 3, "remove": true}],
 *  "added": [{"day": 0, "exerciseId": "plank", "sets": 3, "reps": "60s"}],
 *  "note": "optional"}
 * </pre>
 * An empty body approves the plan as parsed.
 */
public record Approval(List<ExerciseCorrection> corrections, List<AddedExercise> added, String note) {

    /** Which values of an exercise a correction sets (a field sent as null clears it). */
    public enum Field { EXERCISE, SETS, REPS, WEIGHT, UNIT }

    /**
     * A change to the parsed exercise at {@code days[day].exercises[index]}. Only the fields in
     * {@code edited} apply; {@code exerciseId} null with EXERCISE edited means "no catalog exercise".
     */
    public record ExerciseCorrection(int day, int index, Set<Field> edited, String exerciseId, Integer sets,
                                     String reps, List<Double> weights, String unit, boolean remove) {
        public boolean edits(Field field) {
            return edited.contains(field);
        }
    }

    /** An exercise the parser missed, appended to a day. */
    public record AddedExercise(int day, String name, String exerciseId, Integer sets, String reps,
                                List<Double> weights, String unit) {
    }

    public Approval {
        corrections = List.copyOf(corrections);
        added = List.copyOf(added);
    }

    public static Approval none() {
        return new Approval(List.of(), List.of(), null);
    }

    public static Approval read(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return none();
        }
        if (!body.isObject()) {
            throw invalid("The body must be a JSON object: {\"corrections\": [...], \"added\": [...]}.");
        }
        List<ExerciseCorrection> corrections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode c : array(body, "corrections")) {
            ExerciseCorrection correction = correction(c);
            if (!seen.add(correction.day() + "/" + correction.index())) {
                throw invalid("Exercise " + correction.index() + " of day " + correction.day()
                        + " is corrected twice: send one correction per exercise.");
            }
            corrections.add(correction);
        }
        List<AddedExercise> added = new ArrayList<>();
        for (JsonNode a : array(body, "added")) {
            added.add(added(a));
        }
        return new Approval(corrections, added, text(body, "note"));
    }

    private static ExerciseCorrection correction(JsonNode c) {
        requireObject(c, "corrections");
        Set<Field> edited = new HashSet<>();
        if (c.has("exerciseId")) edited.add(Field.EXERCISE);
        if (c.has("sets")) edited.add(Field.SETS);
        if (c.has("reps")) edited.add(Field.REPS);
        if (c.has("weight")) edited.add(Field.WEIGHT);
        if (c.has("unit")) edited.add(Field.UNIT);
        boolean remove = c.path("remove").asBoolean(false);
        return new ExerciseCorrection(position(c, "day", 0), position(c, "index", -1), Set.copyOf(edited),
                text(c, "exerciseId"), sets(c), reps(c), weights(c), text(c, "unit"), remove);
    }

    private static AddedExercise added(JsonNode a) {
        requireObject(a, "added");
        String name = text(a, "name");
        String exerciseId = text(a, "exerciseId");
        if ((name == null || name.isBlank()) && exerciseId == null) {
            throw invalid("An added exercise needs a \"name\" or an \"exerciseId\".");
        }
        return new AddedExercise(position(a, "day", 0), name, exerciseId, sets(a), reps(a), weights(a),
                text(a, "unit"));
    }

    private static Iterable<JsonNode> array(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid("\"" + field + "\" must be a list.");
        }
        return node;
    }

    private static void requireObject(JsonNode node, String list) {
        if (!node.isObject()) {
            throw invalid("Each entry of \"" + list + "\" must be an object.");
        }
    }

    private static int position(JsonNode node, String field, int fallback) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            if (fallback < 0) {
                throw invalid("Each correction needs \"index\": the exercise's position in its day, from 0.");
            }
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            throw invalid("\"" + field + "\" must be a whole number from 0.");
        }
        return v.asInt();
    }

    private static Integer sets(JsonNode node) {
        JsonNode v = node.path("sets");
        if (v.isMissingNode() || v.isNull()) return null;
        if (!v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > 1000) {
            throw invalid("\"sets\" must be a whole number (0 to 1000).");
        }
        return v.asInt();
    }

    private static String reps(JsonNode node) {
        JsonNode v = node.path("reps");
        if (v.isMissingNode() || v.isNull()) return null;
        if (!v.isTextual() && !v.isIntegralNumber()) {
            throw invalid("\"reps\" must be text (\"8\", \"8-12\", \"AMRAP\") or a whole number.");
        }
        String reps = v.asText().strip();
        return reps.isEmpty() ? null : reps;
    }

    /** A single load, or one per set: {@code 60} or {@code [60, 70, 80]}. */
    private static List<Double> weights(JsonNode node) {
        JsonNode v = node.path("weight");
        if (v.isMissingNode() || v.isNull()) return List.of();
        if (v.isNumber()) return List.of(nonNegative(v));
        if (v.isArray()) {
            List<Double> weights = new ArrayList<>();
            v.forEach(w -> {
                if (!w.isNumber()) throw invalid("\"weight\" lists must hold numbers only.");
                weights.add(nonNegative(w));
            });
            return weights;
        }
        throw invalid("\"weight\" must be a number or a list of numbers (one per set).");
    }

    private static double nonNegative(JsonNode w) {
        if (w.asDouble() < 0) throw invalid("\"weight\" cannot be negative.");
        return w.asDouble();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) return null;
        if (!v.isTextual()) throw invalid("\"" + field + "\" must be text.");
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("invalid_corrections", message);
    }
}
