package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.store.ImportLogStore;
import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/imports/{id}}: an import's progress and result, in the same shape as the parse response. */
@Component
@RequiredArgsConstructor
public class ImportQueryRoutes extends ApiRouteBuilder {

    private final ImportLogStore imports;

    @Override
    public void configure() {
        getJson("/api/v1/imports", "/{id}", "get-import", "An import's status and result").process(this::find);
    }

    private void find(Exchange exchange) {
        var row = visible(exchange, pathId(exchange, "import"), "import", imports::find, ImportLogStore.ImportRow::userId);
        ObjectNode body;
        if (row.parsedJson() != null) {
            body = (ObjectNode) json().read(row.parsedJson());
        } else {
            body = json().mapper().createObjectNode();
            body.put("importId", row.id().toString());
        }
        // Status and links move on after parsing (a review is decided, a plan stored): the columns are current.
        body.put("status", row.status());
        body.put("workoutPlanId", row.workoutPlanId() == null ? null : row.workoutPlanId().toString());
        body.put("reviewId", row.reviewId() == null ? null : row.reviewId().toString());
        if (row.error() != null) {
            body.put("error", row.error());
        }
        reply(exchange, 200, body);
    }
}
