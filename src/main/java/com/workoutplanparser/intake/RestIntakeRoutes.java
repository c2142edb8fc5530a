package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.Json;
import com.workoutplanparser.web.QueryParameters;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/workout-plans/parse}: a plan as {"text": "..."} or text/plain, parsed in the
 * caller's request; the answer is the import.
 */
@Component
public class RestIntakeRoutes extends RouteBuilder {

    private final Json json;
    private final int maxChars;
    private final WorkLimits workLimits;

    public RestIntakeRoutes(Json json, @Value("${workout.max-text-chars}") int maxChars, WorkLimits workLimits) {
        this.json = json;
        this.maxChars = maxChars;
        this.workLimits = workLimits;
    }

    @Override
    public void configure() {
        rest("/api/v1/workout-plans")
                .post("/parse").routeId("rest-parse-plan")
                    // No consumes(): any non-JSON body is read as UTF-8 text, so a caller's content type is never a 415.
                    .produces("application/json")
                    .description("Parse a workout plan: {\"text\": \"...\"} (application/json) or the plan as the body;"
                            + " ?async=true answers 202 with the import id at once and a worker parses it")
                    .param().name("async").type(org.apache.camel.model.rest.RestParamType.query).required(false)
                        .dataType("boolean").description("true: queue it and answer 202 at once").endParam()
                    .param().name(IdempotencyKeys.HEADER).type(org.apache.camel.model.rest.RestParamType.header)
                        .required(false).dataType("string")
                        .description("a retry with the same key gets the first import back, nothing new is recorded")
                        .endParam()
                    .param().name("Prefer").type(org.apache.camel.model.rest.RestParamType.header).required(false)
                        .dataType("string").description("wait=N: answer 202 with the import id if not done within N s")
                        .endParam()
                    .to("direct:rest-parse")
                .post("/parse/batch").routeId("rest-parse-batch")
                    .produces("application/json")
                    .description("Several plans at once: {\"texts\": [\"...\", ...]} or a multipart upload of files;"
                            + " answers 202 with one import id per plan, parsed by the workers")
                    .to("direct:rest-parse-batch");

        from("direct:rest-parse-batch").routeId("intake-rest-batch")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .bean("batchIntake", "submit");

        from("direct:rest-parse").routeId("intake-rest")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                // Runs also when the import failed and import-errors ended the routing early:
                // the caller always gets the import back, as JSON, before the response is written.
                .onCompletion().modeBeforeConsumer()
                    .process(this::respond)
                .end()
                .process("apiTokenAuthenticator")
                .process(this::readSubmission)
                .bean("idempotencyKeys", "claim")
                .choice()
                    .when(exchangeProperty(IdempotencyKeys.REPLAY_OF).isNotNull())
                        .bean("idempotencyKeys", "replay")
                    .otherwise()
                        .process(RestIntakeRoutes::readPreferWait)
                        .to("direct:intake")
                .end();
    }

    /** {@code Prefer: wait=N} (RFC 7240): the caller would rather have a 202 after N seconds than wait longer. */
    private static void readPreferWait(Exchange exchange) {
        String prefer = exchange.getMessage().getHeader("Prefer", String.class);
        exchange.getMessage().removeHeader("Prefer");
        if (prefer == null) {
            return;
        }
        for (String part : prefer.split("[,;]")) {
            String p = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (p.startsWith("wait=") && p.substring(5).strip().matches("\\d{1,6}")) {
                exchange.setProperty(FairParses.WAIT_SECONDS, Integer.parseInt(p.substring(5).strip()));
            }
        }
    }

    private void readSubmission(Exchange exchange) {
        var msg = exchange.getMessage();
        AppUser user = msg.getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
        // The import's state comes from the caller's identity and this route, never from what the client sent:
        // the synchronous form parses in the request; ?async=true leaves it to the queue's workers.
        boolean async = QueryParameters.bool(msg, "async", false);
        exchange.setProperty(IntakeSubmission.PROPERTY, IntakeSubmission.rest(user.id(), null, null, !async));
        String contentType = msg.getHeader(Exchange.CONTENT_TYPE, "", String.class).toLowerCase();
        Long length = msg.getHeader("Content-Length", Long.class);
        if (length != null && length > 4L * maxChars) { // refuse a 20 MB upload before reading it
            throw new PlanText.InvalidText("too_large", "The plan is larger than " + maxChars
                    + " characters. Split it into several plans.", true);
        }
        // The servlet container has already decoded the body (malformed UTF-8 becomes U+FFFD). Keep the
        // decoded copy as the body at once: the request stream can be read only once, also by error handlers.
        String body = msg.getBody(String.class);
        msg.setBody(body);
        if (body != null && body.indexOf('\uFFFD') >= 0) {
            throw new PlanText.InvalidText("invalid_utf8", "The text is not valid UTF-8. Send it as UTF-8 text.");
        }
        if (contentType.startsWith("application/json")) {
            if (body == null || body.isBlank()) {
                throw ApiException.badRequest("empty_text", "The body is empty: send {\"text\": \"<the plan>\"}.");
            }
            JsonNode text = json.read(body).get("text");
            if (text == null || text.isNull()) {
                throw ApiException.badRequest("empty_text", "The JSON body has no \"text\": send {\"text\": \"<the plan>\"}.");
            }
            if (!text.isTextual()) {
                throw ApiException.badRequest("invalid_text", "\"text\" must be a string holding the plan.");
            }
            msg.setBody(PlanText.validate(text.asText(), maxChars));
        } else {
            msg.setBody(PlanText.validate(body, maxChars));
        }
    }

    private void respond(Exchange exchange) {
        var msg = exchange.getMessage();
        Object queued = msg.getHeader(ImportHeaders.IMPORT_ID);
        boolean async = "RECEIVED".equals(msg.getHeader(IntakeHeaders.INTAKE_STATUS, String.class));
        boolean late = msg.getHeader(FairParses.ANSWER_LATER, false, Boolean.class);
        // the JSON of the response, as the pipeline stored it with the import (ImportOutcome, ImportFailures always
        // set it with the body): written once, sent as stored
        String stored = msg.getHeader(ImportHeaders.RESPONSE_JSON, String.class);
        msg.removeHeaders("workout*");
        msg.removeHeader("async");
        if ((async || late) && exchange.getException() == null) {
            var body = json.mapper().createObjectNode();
            body.put("importId", String.valueOf(queued));
            // late: still being parsed (or waiting for a worker); its outcome is at the location
            body.put("status", late ? "PROCESSING" : "RECEIVED");
            if (late) {
                msg.setHeader("Retry-After", "2");
            }
            body.put("location", "/api/v1/imports/" + queued);
            msg.setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
            msg.setHeader("Location", "/api/v1/imports/" + queued);
            msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
            msg.setBody(json.write(body));
            return;
        }
        if (!(msg.getBody() instanceof ImportResponse response)) {
            return; // an API error (already written by the rest-errors configuration), or an idempotent replay
        }
        if (exchange.getProperty(Exchange.EXCEPTION_CAUGHT) instanceof com.workoutplanparser.pipeline.PlanLimits.TooManyExercises tooMany) {
            writeError(msg, 422, "too_many_exercises", tooMany.getMessage(), response.importId());
            return;
        }
        String written = stored != null ? stored : json.write(response);
        if (written.length() > workLimits.maxResponseBytes()) {
            writeError(msg, 413, "response_too_large", "The import " + response.importId() + " is recorded ("
                    + response.status() + "), but its result is larger than " + workLimits.maxResponseBytes()
                    + " bytes, so it is not sent. Split the plan into several plans.", response.importId());
            return;
        }
        msg.setHeader(Exchange.HTTP_RESPONSE_CODE, "FAILED".equals(response.status()) ? 500 : 200);
        msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
        msg.setBody(written);
    }

    /** The API's error shape, with the import the refusal is about (it is recorded, with the reason). */
    private void writeError(org.apache.camel.Message msg, int status, String code, String message, java.util.UUID importId) {
        var body = json.mapper().createObjectNode();
        body.put("status", status);
        body.put("error", code);
        body.put("message", message);
        body.put("importId", String.valueOf(importId));
        msg.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
        msg.setBody(json.write(body));
    }
}
