package com.workoutplanparser.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;

/**
 * Checks every reply against the reply schema, whatever the provider promised: structured-output modes are not
 * available everywhere, and a reply is untrusted text until it passes.
 */
public final class ReplyValidator {

    /** The file both sent to the provider and used here, so the two can never drift apart. */
    public static final String SCHEMA_RESOURCE = "llm/plan-reading.schema.json";
    private static final int MAX_ERRORS = 8;

    private final ObjectMapper mapper = new ObjectMapper();
    private final String schemaJson;
    private final JsonSchema schema;

    public ReplyValidator() {
        this.schemaJson = PlanPrompt.resource(SCHEMA_RESOURCE);
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }

    public String schemaJson() {
        return schemaJson;
    }

    public ReplyCheck check(String reply) {
        if (reply == null || reply.isBlank()) {
            return ReplyCheck.invalid(reply, List.of("the reply is empty"));
        }
        JsonNode node;
        try {
            node = mapper.readTree(unfence(reply));
        } catch (JsonProcessingException e) {
            return ReplyCheck.invalid(reply, List.of("the reply is not valid JSON: " + e.getOriginalMessage()));
        }
        Set<ValidationMessage> problems = schema.validate(node);
        if (problems.isEmpty()) {
            return new ReplyCheck(reply, node, List.of());
        }
        return ReplyCheck.invalid(reply, problems.stream().map(ValidationMessage::getMessage).sorted()
                .limit(MAX_ERRORS).toList());
    }

    /** Models without a JSON mode like to wrap JSON in a Markdown fence; that alone is no reason to pay again. */
    static String unfence(String reply) {
        String r = reply.strip();
        if (r.startsWith("```") && r.endsWith("```") && r.length() > 6) {
            int firstNewline = r.indexOf('\n');
            if (firstNewline > 0) {
                return r.substring(firstNewline + 1, r.length() - 3).strip();
            }
        }
        return r;
    }

    /**
     * @param reply  the text as received
     * @param json   the parsed reply when it is valid, else null
     * @param errors what is wrong, empty when valid (sent back to the model on the retry)
     */
    public record ReplyCheck(String reply, JsonNode json, List<String> errors) {
        static ReplyCheck invalid(String reply, List<String> errors) {
            return new ReplyCheck(reply, null, List.copyOf(errors));
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }
}
