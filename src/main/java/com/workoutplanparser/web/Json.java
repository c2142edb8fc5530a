package com.workoutplanparser.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Spring's ObjectMapper, with checked exceptions turned into unchecked ones for use inside routes. */
@Component
@RequiredArgsConstructor
public class Json {

    private final ObjectMapper mapper;

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid_json", "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
