package com.workoutplanparser.pipeline;

import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.support.AppTestBase;
import org.apache.camel.EndpointInject;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * process-import's four branches in Camel's idiom: the store, review, reject and failure steps are mocked (and
 * skipped), a plan text goes in, and exactly one mock must get the exchange, carrying the typed {@link ImportResult}
 * that step would write. Nothing is stored: this pins the routing and the value, the storing has its own tests.
 */
@DirtiesContext // the advice below changes process-import and mocks its steps for the whole context
class ProcessImportBranchesTest extends AppTestBase {

    private static final String BROKEN = "this plan breaks the parser";

    @EndpointInject("mock:direct:store-plan")
    MockEndpoint store;
    @EndpointInject("mock:direct:enqueue-review")
    MockEndpoint review;
    @EndpointInject("mock:direct:reject-import")
    MockEndpoint reject;
    @EndpointInject("mock:direct:record-import-failure")
    MockEndpoint failure;

    private static boolean advised;

    @BeforeEach
    void advise() throws Exception {
        if (!advised) {
            AdviceWith.adviceWith(camel, "process-import", route -> {
                route.mockEndpointsAndSkip("direct:store-plan", "direct:enqueue-review", "direct:reject-import",
                        "direct:record-import-failure");
                // one text fails while it is read, as a bug or a broken dependency would
                route.weaveByToUri("direct:parse-plan").before()
                        .filter(route.body().contains(BROKEN))
                        .throwException(new IllegalStateException("the parser broke"))
                        .end();
            });
            advised = true;
        }
        MockEndpoint.resetMocks(camel);
    }

    @Test
    void aPlanEveryLineOfWhichMatchesHighGoesToTheStoreWithItsNewPlanId() throws Exception {
        ImportResult result = routedTo(store, "Squat: 5x5\nDeadlift: 1x5");

        assertThat(result.status()).isEqualTo(ImportStatus.STORED);
        assertThat(result.planId()).isNotNull();
        assertThat(result.reviewId()).isNull();
        assertThat(result.error()).isNull();
        assertThat(result.parser()).isEqualTo("rules");
        assertThat(result.plan().exercises()).hasSize(2);
        assertThat(result.response().workoutPlanId()).isEqualTo(result.planId());
        assertThat(result.responseJson()).contains("\"status\":\"STORED\"", result.planId().toString());
        assertThat(result.confidenceJson()).contains("\"exercises\"");
    }

    @Test
    void anExerciseNoCatalogNameMatchesGoesToReviewWithTheReason() throws Exception {
        ImportResult result = routedTo(review, "Bench Press: 3x8\nUnicorn Qxvbt Press: 3x8");

        assertThat(result.status()).isEqualTo(ImportStatus.NEEDS_REVIEW);
        assertThat(result.reviewId()).isNotNull();
        assertThat(result.planId()).isNull();
        assertThat(result.error()).contains("matches nothing in the catalog");
        assertThat(result.response().reviewId()).isEqualTo(result.reviewId());
    }

    @Test
    void textThatIsNotAWorkoutIsRejected() throws Exception {
        ImportResult result = routedTo(reject, "Hi all,\nOur gym will be closed on Monday for maintenance.\nSee you soon!");

        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.planId()).isNull();
        assertThat(result.reviewId()).isNull();
        assertThat(result.error()).contains("does not look like a workout");
    }

    @Test
    void aFailureWhileProcessingIsRecordedAsFailedWithItsReason() throws Exception {
        ImportResult result = routedTo(failure, BROKEN);

        assertThat(result.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(result.error()).contains("IllegalStateException", "the parser broke");
        assertThat(result.response().status()).isEqualTo(ImportStatus.FAILED);
        assertThat(result.responseJson()).contains("\"status\":\"FAILED\"");
    }

    /**
     * Processes {@code text} and checks that {@code expected}, and no other step, got the exchange; returns the
     * import's value as that step got it.
     */
    private ImportResult routedTo(MockEndpoint expected, String text) throws InterruptedException {
        for (MockEndpoint mock : List.of(store, review, reject, failure)) {
            mock.expectedMessageCount(mock == expected ? 1 : 0);
        }
        UUID importId = process(text);
        MockEndpoint.assertIsSatisfied(camel);
        ImportResult result = expected.getReceivedExchanges().get(0).getProperty(ImportResult.PROPERTY,
                ImportResult.class);
        assertThat(result.importId()).isEqualTo(importId);
        return result;
    }

    /** An import as a queue worker hands it over: the text, and its state PROCESSING. */
    private UUID process(String text) {
        UUID importId = UUID.randomUUID();
        try (var producer = camel.createProducerTemplate()) {
            producer.send("direct:process-import", e -> {
                e.getMessage().setBody(text);
                e.setProperty(ImportResult.PROPERTY,
                        ImportResult.recorded(importId, UUID.randomUUID(), "rest", null, ImportStatus.PROCESSING));
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return importId;
    }
}
