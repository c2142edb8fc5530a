package com.workoutplanparser.review;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.store.ImportLogSql;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Plans that a person must confirm: a PENDING review item and the import's status, in one transaction.
 * Once committed, a notice goes to the endpoint ops configured (REVIEW_NOTIFY_URI: a webhook, a broker, a mail
 * address…; none by default), on its own exchange so that neither its time nor its failure touches the import.
 */
@Component
public class EnqueueReviewRoute extends RouteBuilder {

    private static final String REVIEW_ID = "reviewId";

    @Override
    public void configure() {
        from("direct:enqueue-review").routeId("enqueue-review")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .policy("inTransaction")
                    .to("sql:" + ImportLogSql.RECORD_OUTCOME + "?noop=true")
                    .bean("importLogGuard", "requireOutcomeRecorded")
                    .to("sql:" + ReviewSql.INSERT_PENDING + "?noop=true")
                .end()
                .wireTap("direct:notify-review");

        from("direct:notify-review").routeId("notify-review")
                .setProperty(REVIEW_ID, header(ImportHeaders.REVIEW_ID))
                .bean("reviewNotices", "notice")
                // Only the notice leaves the service: the import's headers (plan text among them) must not
                // become HTTP headers or message properties of the notifier.
                .removeHeaders("*")
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .doTry()
                    // An empty URI means no recipient; several URIs may be given, separated by commas.
                    .recipientList(simple("${properties:workout.review.notify-uri:}")).end()
                .doCatch(Exception.class)
                    .to("micrometer:counter:workout.review.notices.failed")
                    .log(LoggingLevel.WARN, "Review notice for review ${exchangeProperty.reviewId} was not delivered: "
                            + "${exception.class.simpleName}. The review is queued all the same.")
                .end();
    }
}
