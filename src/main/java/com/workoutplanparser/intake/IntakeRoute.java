package com.workoutplanparser.intake;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.plan.ImportStatus;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Where every intake meets: the submission is recorded in workout_import_log before anything else, so
 * nothing accepted can vanish. Then either it is processed in this exchange ({@code workoutProcessNow=true},
 * the synchronous REST call: recorded PROCESSING under a lease, or, when its caller runs it, written with its
 * outcome, see {@link FairParses}; body out the ImportResponse) or the route ends and a worker of the queue parses
 * it later (recorded RECEIVED, body out the text).
 * <p>
 * Headers in: workoutUserId or workoutUserEmail (else the default intake user), workoutSource (default: the
 * calling route's id), workoutSourceRef, workoutParentRef, workoutProcessNow, workoutDedupe.
 * Headers out: workoutImportId, workoutIntakeStatus (RECEIVED | PROCESSING | DUPLICATE), workoutDuplicateOf.
 */
@Component
public class IntakeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:intake").routeId("intake")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .bean("intakeRecorder", "record")
                .filter(header(IntakeHeaders.INTAKE_STATUS).isEqualTo(ImportStatus.PROCESSING.name()))
                    // on a fair worker (per-user limit), waited for up to the sync timeout: FairParses
                    .bean("fairParses", "process")
                .end();
    }
}
