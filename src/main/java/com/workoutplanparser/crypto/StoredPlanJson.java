package com.workoutplanparser.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.plan.ImportResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The import response stored in {@code workout_import_log.parsed_exercises} with its plan lines encrypted:
 * each exercise's {@code text} and {@code notes}, the {@code text} of every unread and not-understood line.
 * Everything structured (names, sets, reps, matches, confidence) stays plain JSON, queryable in SQL.
 */
@Component("storedPlanJson")
public class StoredPlanJson {

    private static final List<String> EXERCISE_FIELDS = List.of("text", "notes");
    private static final List<String> LINE_LISTS = List.of("unreadLines", "notUnderstoodLines");

    private final PlanTextCipher cipher;
    private final ObjectMapper mapper;

    /** With a plain mapper: for tools and tests that only read and re-seal stored JSON. */
    public StoredPlanJson(PlanTextCipher cipher) {
        this(cipher, new ObjectMapper());
    }

    /** With Spring's mapper: the one that writes the responses, so a sealed copy has their shape. */
    @Autowired
    public StoredPlanJson(PlanTextCipher cipher, ObjectMapper mapper) {
        this.cipher = cipher;
        this.mapper = mapper;
    }

    /** The JSON to store: plan lines encrypted under the primary key (also re-encrypts older values). */
    public String seal(String json) {
        return map(json, this::sealed);
    }

    /**
     * The JSON to store for a response whose JSON {@code json} was written from {@code response} by Spring's mapper
     * (the one injected here): the same document with its plan lines sealed, written from the object rather than
     * by reading {@code json} back, which cost a parse of every outcome (a fifteenth of a small parse's CPU).
     * Without the object, the written JSON is sealed as it is.
     */
    public String seal(ImportResponse response, String json) {
        if (response == null || json == null) {
            return seal(json);
        }
        try {
            return mapper.writeValueAsString(response.withPlanLines(this::sealed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the stored import JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    private String sealed(String value) {
        return cipher.isCurrent(value) ? value : cipher.encrypt(cipher.decrypt(value));
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
