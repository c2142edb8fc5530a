package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.store.ImportLogStore;
import com.workoutplanparser.web.ApiCaller;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiRouteBuilder;
import com.workoutplanparser.web.Ids;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** {@code GET /api/v1/imports/{id}}: an import's progress and result, in the same shape as the parse response. */
@Component
public class ImportQueryRoutes extends ApiRouteBuilder {

    private final ImportLogStore imports;

    public ImportQueryRoutes(ImportLogStore imports, Json json) {
        super(json);
        this.imports = imports;
    }

    @Override
    public void configure() {
        rest("/api/v1/imports")
                .get("/{id}").routeId("rest-get-import").produces("application/json")
                    .description("An import's status and result")
                    .to("direct:get-import");

        fromApi("get-import").process(this::find);
    }

    private void find(Exchange exchange) {
        ApiCaller user = caller(exchange);
        UUID id = Ids.uuid(exchange.getMessage().getHeader("id", String.class), "import");
        var row = imports.find(id)
                .filter(r -> user.isReviewer() || r.userId().equals(user.id()))
                .orElseThrow(() -> ApiException.notFound("No import " + id + " is visible to you."));
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
