package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiGateFilter;
import com.workoutplanparser.web.RateLimits;
import com.workoutplanparser.web.Json;
import jakarta.activation.DataHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.support.DefaultExchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/v1/workout-plans/parse/batch}: every plan of the request is recorded through direct:intake
 * (queued for the workers, grouped by a batch id in parent_ref) and the caller gets 202 with the import ids at once.
 * Body: {"texts": ["...", ...]} or multipart/form-data with one file per part (the folder's file types).
 */
@Component("batchIntake")
public class BatchIntake {

    private final Json json;
    private final CamelContext camel;
    private final int maxChars;
    private final int maxItems;
    private final RateLimits rateLimits;
    private volatile ProducerTemplate producer;

    public BatchIntake(Json json, CamelContext camel, @Value("${workout.max-text-chars}") int maxChars,
                       @Value("${workout.intake.batch.max-items:500}") int maxItems, RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.json = json;
        this.camel = camel;
        this.maxChars = maxChars;
        this.maxItems = maxItems;
    }

    public void submit(Exchange exchange) throws IOException {
        var msg = exchange.getMessage();
        AppUser user = msg.getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
        String contentType = msg.getHeader(Exchange.CONTENT_TYPE, "", String.class).toLowerCase();
        Map<String, Object> items = new LinkedHashMap<>(); // name -> text, or the reason it cannot be read
        Object request = exchange.getMessage() instanceof org.apache.camel.http.common.HttpMessage hm ? hm.getRequest()
                : msg.getHeader(Exchange.HTTP_SERVLET_REQUEST);
        if (contentType.startsWith("multipart/")
                && request instanceof org.springframework.web.multipart.MultipartHttpServletRequest mr) {
            // every file, also several under one field name (curl -F files=@a.txt -F files=@b.pdf)
            for (var files : mr.getMultiFileMap().values()) {
                for (var f : files) {
                    String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()
                            ? f.getName() : f.getOriginalFilename();
                    try {
                        items.put(unique(items, name), TextExtractor.extract(name, f.getBytes(), maxChars));
                    } catch (IntakeRejected | PlanText.InvalidText e) {
                        items.put(unique(items, name), e);
                    }
                }
            }
        } else if (contentType.startsWith("multipart/")) {
            AttachmentMessage am = exchange.getMessage(AttachmentMessage.class);
            Map<String, DataHandler> files = am == null ? Map.of() : am.getAttachments();
            for (var f : files.entrySet()) {
                String name = f.getValue().getName() != null ? f.getValue().getName() : f.getKey();
                try (InputStream in = f.getValue().getInputStream()) {
                    items.put(name, TextExtractor.extract(name, in.readAllBytes(), maxChars));
                } catch (IntakeRejected | PlanText.InvalidText e) {
                    items.put(name, e);
                }
            }
        } else {
            String body = msg.getBody(String.class);
            JsonNode texts = body == null || body.isBlank() ? null : json.read(body).get("texts");
            if (texts == null || !texts.isArray()) {
                throw ApiException.badRequest("empty_batch", "Send {\"texts\": [\"<plan>\", ...]} or a multipart upload of files.");
            }
            int i = 0;
            for (JsonNode t : texts) {
                String name = "texts[" + i++ + "]";
                try {
                    if (!t.isTextual()) {
                        throw new PlanText.InvalidText("invalid_text", "Each entry of \"texts\" must be a string.");
                    }
                    items.put(name, PlanText.validate(t.asText(), maxChars));
                } catch (PlanText.InvalidText e) {
                    items.put(name, e);
                }
            }
        }
        if (items.isEmpty()) {
            throw ApiException.badRequest("empty_batch", "The batch holds no plan.");
        }
        if (items.size() > maxItems) {
            throw ApiException.badRequest("batch_too_large", "A batch holds at most " + maxItems + " plans.");
        }
        spendParses(msg, user, items.size());
        String batchId = "batch:" + UUID.randomUUID();
        ObjectNode out = json.mapper().createObjectNode();
        out.put("batchId", batchId);
        ArrayNode imports = out.putArray("imports");
        for (var item : items.entrySet()) {
            ObjectNode row = imports.addObject();
            row.put("name", item.getKey());
            if (item.getValue() instanceof RuntimeException e) {
                row.putNull("importId");
                row.put("status", "REJECTED");
                row.put("error", e.getMessage());
                continue;
            }
            Exchange one = new DefaultExchange(camel);
            one.getMessage().setBody(item.getValue());
            one.getMessage().setHeader(ImportHeaders.USER_ID, user.id());
            one.getMessage().setHeader(ImportHeaders.SOURCE, "rest");
            one.getMessage().setHeader(ImportHeaders.SOURCE_REF, item.getKey());
            one.getMessage().setHeader(IntakeHeaders.PARENT_REF, batchId);
            one.getMessage().setHeader(IntakeHeaders.PROCESS_NOW, false);
            Exchange done = producer().send("direct:intake", one);
            if (done.getException() != null) {
                throw new IllegalStateException("The batch could not be recorded", done.getException());
            }
            UUID id = done.getMessage().getHeader(ImportHeaders.IMPORT_ID, UUID.class);
            row.put("importId", id.toString());
            row.put("status", "RECEIVED");
            row.put("location", "/api/v1/imports/" + id);
        }
        msg.removeHeaders("workout*");
        msg.setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
        msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
        msg.setBody(json.write(out));
    }

    /** A batch of n plans is n parses of the caller's rate limit (the gate took one for the request). */
    private void spendParses(org.apache.camel.Message msg, AppUser user, int plans) {
        var d = rateLimits.moreParses(user.id(), user.tier(), plans - 1L);
        if (d.allowed()) {
            // the gate wrote these on the servlet response already: replace them there, not beside them
            Object response = msg instanceof org.apache.camel.http.common.HttpMessage http ? http.getResponse()
                    : msg.getHeader(Exchange.HTTP_SERVLET_RESPONSE);
            if (response instanceof jakarta.servlet.http.HttpServletResponse servlet) {
                servlet.setHeader(ApiGateFilter.RATE_LIMIT_REMAINING, String.valueOf(d.remaining()));
                servlet.setHeader(ApiGateFilter.RATE_LIMIT_RESET, String.valueOf(d.resetSeconds()));
            }
        } else {
            // an error answer starts from a reset response: the headers go with the message
            msg.setHeader(ApiGateFilter.RATE_LIMIT_LIMIT, d.limit());
            msg.setHeader(ApiGateFilter.RATE_LIMIT_REMAINING, d.remaining());
            msg.setHeader(ApiGateFilter.RATE_LIMIT_RESET, d.resetSeconds());
            msg.setHeader(ApiGateFilter.RETRY_AFTER, d.retryAfterSeconds());
            throw new ApiException(429, "rate_limited", "A batch of " + plans + " plans counts as " + plans
                    + " parses; the " + user.tier() + " tier allows " + d.limit() + " in " + d.periodText() + " and "
                    + (d.remaining() + 1) + " are left. Send fewer plans, or try again in " + d.retryAfterSeconds() + " s.");
        }
    }

    private static String unique(Map<String, Object> items, String name) {
        String n = name;
        for (int i = 2; items.containsKey(n); i++) {
            n = name + " (" + i + ")";
        }
        return n;
    }

    private ProducerTemplate producer() {
        if (producer == null) {
            producer = camel.createProducerTemplate();
        }
        return producer;
    }
}
