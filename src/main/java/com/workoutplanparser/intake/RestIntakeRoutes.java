package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.plan.ImportResponse;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiReply;
import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.QueryParameters;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/workout-plans/parse}: a plan as {"text": "..."} or text/plain, parsed in the
 * caller's request; the answer is the import.
 * <p>
 * The text is checked once per concern: its size and UTF-8 at the edge ({@code Utf8BodyFilter}, before Camel reads
 * the body), whether it is plan text where every intake records it ({@code IntakeRecorder}, {@link PlanText});
 * here only the JSON envelope is read.
 */
@Component
@RequiredArgsConstructor
public class RestIntakeRoutes extends ApiRouteBuilder {

    private final WorkLimits workLimits;

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

        fromApi("rest-parse-batch", "intake-rest-batch").bean("batchIntake", "submit");

        fromApi("rest-parse", "intake-rest")
                // Runs also when the import failed and import-errors ended the routing early:
                // the caller always gets the import back, as JSON, before the response is written.
                .onCompletion().modeBeforeConsumer()
                    .bean("idempotencyKeys", "releaseRefused") // the text is checked after the key is claimed
                    .process(this::respond)
                .end()
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
        // Keep the decoded copy as the body at once: the request stream can be read only once, also by error handlers.
        String body = msg.getBody(String.class);
        msg.setBody(body);
        if (contentType.startsWith("application/json")) {
            if (body == null || body.isBlank()) {
                throw ApiException.badRequest("empty_text", "The body is empty: send {\"text\": \"<the plan>\"}.");
            }
            JsonNode text = json().read(body).get("text");
            if (text == null || text.isNull()) {
                throw ApiException.badRequest("empty_text", "The JSON body has no \"text\": send {\"text\": \"<the plan>\"}.");
            }
            if (!text.isTextual()) {
                throw ApiException.badRequest("invalid_text", "\"text\" must be a string holding the plan.");
            }
            msg.setBody(text.asText());
        }
    }

    private void respond(Exchange exchange) {
        var msg = exchange.getMessage();
        Object queued = msg.getHeader(ImportHeaders.IMPORT_ID);
        boolean async = ImportStatus.RECEIVED.name().equals(msg.getHeader(IntakeHeaders.INTAKE_STATUS, String.class));
        boolean late = msg.getHeader(FairParses.ANSWER_LATER, false, Boolean.class);
        // the JSON of the response, as the pipeline stored it with the import (ImportOutcome, ImportFailures always
        // set it with the body): written once, sent as stored
        ImportResult result = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        String stored = result == null ? null : result.responseJson();
        msg.removeHeaders("workout*");
        msg.removeHeader("async");
        if ((async || late) && exchange.getException() == null) {
            var body = json().mapper().createObjectNode();
            body.put("importId", String.valueOf(queued));
            // late: still being parsed (or waiting for a worker); its outcome is at the location
            body.put("status", (late ? ImportStatus.PROCESSING : ImportStatus.RECEIVED).name());
            if (late) {
                msg.setHeader("Retry-After", "2");
            }
            body.put("location", "/api/v1/imports/" + queued);
            msg.setHeader("Location", "/api/v1/imports/" + queued);
            ApiReply.json(msg, 202, json().write(body));
            return;
        }
        if (!(msg.getBody() instanceof ImportResponse response)) {
            return; // an API error (already written by the rest-errors configuration), or an idempotent replay
        }
        if (exchange.getProperty(Exchange.EXCEPTION_CAUGHT) instanceof com.workoutplanparser.pipeline.PlanLimits.TooManyExercises tooMany) {
            writeError(msg, 422, "too_many_exercises", tooMany.getMessage(), response.importId());
            return;
        }
        String written = stored != null ? stored : json().write(response);
        if (written.length() > workLimits.maxResponseBytes()) {
            writeError(msg, 413, "response_too_large", "The import " + response.importId() + " is recorded ("
                    + response.status() + "), but its result is larger than " + workLimits.maxResponseBytes()
                    + " bytes, so it is not sent. Split the plan into several plans.", response.importId());
            return;
        }
        ApiReply.json(msg, response.status() == ImportStatus.FAILED ? 500 : 200, written);
    }

    /** The API's error shape, with the import the refusal is about (it is recorded, with the reason). */
    private void writeError(org.apache.camel.Message msg, int status, String code, String message, java.util.UUID importId) {
        var body = json().mapper().createObjectNode();
        body.put("status", status);
        body.put("error", code);
        body.put("message", message);
        body.put("importId", String.valueOf(importId));
        ApiReply.json(msg, status, json().write(body));
    }
}
