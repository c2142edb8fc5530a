package com.workoutplanparser.export;

import com.workoutplanparser.store.PlanStore.StoredPlan;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiReply;
import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

/**
 * {@code GET /api/v1/workout-plans/{id}/export?format=liftoscript|csv|markdown}: a stored plan in a format other
 * apps import. Without {@code format} the {@code Accept} header chooses ({@code text/csv}, {@code text/markdown},
 * {@code text/plain} for Liftoscript); with neither, Liftoscript. The plan is visible to whoever may read it with
 * {@code GET /api/v1/workout-plans/{id}} (its owner, reviewers and admins); anyone else gets 404.
 */
@Component
@RequiredArgsConstructor
public class ExportRoutes extends ApiRouteBuilder {

    private final PlanDocuments documents;

    @Override
    public void configure() {
        endpoint("get", "/api/v1/workout-plans", "/{id}/export", "export-plan",
                "A stored plan as Liftoscript, Strong-style CSV or Markdown", rest -> rest
                    .produces("text/plain,text/csv,text/markdown")
                    .param().name("format").type(RestParamType.query).required(false).dataType("string")
                        .description("liftoscript, csv or markdown; without it the Accept header chooses").endParam())
                .process(this::export);
    }

    private void export(Exchange exchange) {
        var msg = exchange.getMessage();
        UUID id = pathId(exchange, "workout plan");
        ExportFormat format = chosen(msg.getHeader("format", String.class), msg.getHeader("Accept", String.class));
        StoredPlan plan = visible(exchange, id, "workout plan", documents::find, StoredPlan::userId);
        ApiReply.write(msg, 200, format.contentType(), documents.write(plan, format));
        msg.setHeader("Content-Disposition", "inline; filename=\"" + PlanDocuments.fileName(id, format) + "\"");
    }

    /** The query parameter wins; else the first text type the Accept header names; else Liftoscript. */
    static ExportFormat chosen(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return ExportFormat.byName(format).filter(f -> f != ExportFormat.JSON)
                    .orElseThrow(() -> ApiException.badRequest("unknown_format", "Export formats are liftoscript, csv"
                            + " and markdown; '" + format.strip() + "' is none of them. The plan as JSON is"
                            + " GET /api/v1/workout-plans/{id}."));
        }
        if (accept == null || accept.isBlank()) return ExportFormat.LIFTOSCRIPT;
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            switch (type) {
                case "text/csv" -> { return ExportFormat.CSV; }
                case "text/markdown", "text/x-markdown" -> { return ExportFormat.MARKDOWN; }
                case "text/plain", "text/x-liftoscript", "text/*", "*/*" -> { return ExportFormat.LIFTOSCRIPT; }
                default -> { }
            }
        }
        throw new ApiException(406, "not_acceptable", "This endpoint answers text/plain (Liftoscript), text/csv or"
                + " text/markdown, or ?format=liftoscript|csv|markdown; the plan as JSON is GET /api/v1/workout-plans/{id}.");
    }
}
