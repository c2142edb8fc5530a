package com.workoutplanparser.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The import response stored in {@code workout_import_log.parsed_exercises} with its plan lines encrypted:
 * each exercise's {@code text} and {@code notes}, the {@code text} of every unread and not-understood line.
 * Everything structured (names, sets, reps, matches, confidence) stays plain JSON, queryable in SQL.
 */
@Component("storedPlanJson")
@RequiredArgsConstructor
public class StoredPlanJson {

    private static final List<String> EXERCISE_FIELDS = List.of("text", "notes");
    private static final List<String> LINE_LISTS = List.of("unreadLines", "notUnderstoodLines");

    private final PlanTextCipher cipher;
    private final ObjectMapper mapper = new ObjectMapper();

    /** The JSON to store: plan lines encrypted under the primary key (also re-encrypts older values). */
    public String seal(String json) {
        return map(json, v -> cipher.isCurrent(v) ? v : cipher.encrypt(cipher.decrypt(v)));
    }

    /** The JSON as the API shows it: plan lines decrypted (legacy plain values as they are). */
    public String open(String json) {
        return map(json, cipher::decrypt);
    }

    /** Whether every plan line is already under the primary key (nothing for the rotation to do). */
    public boolean isCurrent(String json) {
        boolean[] current = {true};
        map(json, v -> {
            current[0] &= cipher.isCurrent(v);
            return v;
        });
        return current[0];
    }

    private String map(String json, UnaryOperator<String> f) {
        if (json == null || json.isBlank()) {
            return json;
        }
        try {
            JsonNode root = mapper.readTree(json);
            if (!(root instanceof ObjectNode)) {
                return json;
            }
            for (JsonNode day : root.path("days")) {
                for (JsonNode exercise : day.path("exercises")) {
                    mapFields(exercise, EXERCISE_FIELDS, f);
                }
            }
            for (String list : LINE_LISTS) {
                for (JsonNode line : root.path(list)) {
                    mapFields(line, List.of("text"), f);
                }
            }
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // the parser's message can quote the text: name the problem only
            throw new IllegalArgumentException("The stored import JSON is not JSON (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static void mapFields(JsonNode node, List<String> fields, UnaryOperator<String> f) {
        if (node instanceof ObjectNode object) {
            for (String field : fields) {
                JsonNode value = object.get(field);
                if (value != null && value.isTextual()) {
                    object.put(field, f.apply(value.asText()));
                }
            }
        }
    }
}
