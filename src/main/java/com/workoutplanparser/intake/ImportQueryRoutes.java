package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workoutplanparser.pipeline.ErrorHandlingConfiguration;
import com.workoutplanparser.store.ImportLogStore;
import com.workoutplanparser.user.ApiTokenAuthenticator;
import com.workoutplanparser.user.AppUser;
import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.Ids;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** {@code GET /api/v1/imports/{id}}: an import's progress and result, in the same shape as the parse response. */
@Component
public class ImportQueryRoutes extends RouteBuilder {

    private final ImportLogStore imports;
    private final Json json;

    public ImportQueryRoutes(ImportLogStore imports, Json json) {
        this.imports = imports;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/imports")
                .get("/{id}").routeId("rest-get-import").produces("application/json")
                    .description("An import's status and result")
                    .to("direct:get-import");

        from("direct:get-import").routeId("get-import")
                .routeConfigurationId(ErrorHandlingConfiguration.REST_ERRORS)
                .process("apiTokenAuthenticator")
                .process(this::find);
    }

    private void find(Exchange exchange) {
        var msg = exchange.getMessage();
        AppUser user = msg.getHeader(ApiTokenAuthenticator.USER_HEADER, AppUser.class);
        UUID id = Ids.uuid(msg.getHeader("id", String.class), "import");
        var row = imports.find(id)
                .filter(r -> user.isReviewer() || r.userId().equals(user.id()))
                .orElseThrow(() -> ApiException.notFound("No import " + id + " is visible to you."));
        ObjectNode body;
        if (row.parsedJson() != null) {
            body = (ObjectNode) json.read(row.parsedJson());
        } else {
            body = json.mapper().createObjectNode();
            body.put("importId", row.id().toString());
        }
        // Status and links move on after parsing (a review is decided, a plan stored): the columns are current.
        body.put("status", row.status());
        body.put("workoutPlanId", row.workoutPlanId() == null ? null : row.workoutPlanId().toString());
        body.put("reviewId", row.reviewId() == null ? null : row.reviewId().toString());
        if (row.error() != null) {
            body.put("error", row.error());
        }
        msg.removeHeaders("workout*");
        msg.setHeader(Exchange.CONTENT_TYPE, "application/json");
        msg.setBody(json.write(body));
    }
}
