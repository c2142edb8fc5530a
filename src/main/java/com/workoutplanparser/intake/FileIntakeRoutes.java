package com.workoutplanparser.intake;

import com.workoutplanparser.flow.ErrorHandlingConfiguration;
import com.workoutplanparser.web.DatabaseUnavailable;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Folder intake. {@code intake-folder} watches workout.intake.folder.path (default {@code inbox/}):
 * <ul>
 *   <li>readLock=idempotent-changed: a file is taken only when it has been unchanged for min-age (never
 *       half-written), and only by the one instance that inserted its name into the shared PostgreSQL read-lock
 *       repository (several instances on one shared folder take each file once);</li>
 *   <li>dotfiles and temporary or partial downloads (*.tmp, *.part, *.crdownload) are left alone; a symbolic link
 *       is never followed: it is refused into .failed with the reason;</li>
 *   <li>done files move to {@code .done/<yyyy-MM-dd>/}, failed ones to {@code .failed/} with {@code <name>.error.txt};</li>
 *   <li>the text is recorded (RECEIVED) and parsed later by the queue's workers; the same text for the same owner
 *       is not imported twice (the file goes to .done with {@code <name>.duplicate.txt}).</li>
 * </ul>
 * The folder itself is consumed through the {@code workout-folder-source} Kamelet (its file options in one
 * place); {@code direct:intake-file} is the work after it, for the built-in inbox and ops folder routes
 * (routes/*.yaml: {@code from: kamelet:workout-folder-source?folder=…&owner=…}, then {@code to: direct:intake-file}).
 */
@Component
@RequiredArgsConstructor
public class FileIntakeRoutes extends RouteBuilder {

    /** The Kamelet every intake folder consumes through: the built-in inbox and ops folder routes alike. */
    public static final String FOLDER_KAMELET = "workout-folder-source";

    private final IntakeSettings settings;

    @Override
    public void configure() {
        from("direct:intake-file").routeId("intake-file")
                .routeConfigurationId(ErrorHandlingConfiguration.PIPELINE_STEPS)
                .doTry()
                    .bean("fileIntake", "read")
                    .to("direct:intake")
                    .bean("fileIntake", "afterIntake")
                .doCatch(DatabaseUnavailable.types())
                    // not the file's fault: no .error.txt, no failure recorded; the folder route tries it again
                    .process(e -> {
                        throw e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    })
                .doCatch(Exception.class)
                    .bean("fileIntake", "failed")
                    // rethrown: the file consumer then moves the file to .failed (moveFailed)
                    .process(e -> {
                        throw e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    })
                .end();

        if (settings.folder().enabled()) {
            // the same Kamelet ops folder routes use (src/main/resources/kamelets/workout-folder-source.kamelet.yaml)
            from("kamelet:" + FOLDER_KAMELET + "?folder={{workout.intake.folder.path}}"
                    + "&pollMs={{workout.intake.folder.poll-ms}}")
                    .routeId("intake-folder")
                    .errorHandler(defaultErrorHandler().logStackTrace(false).logExhaustedMessageHistory(false))
                    // Database down: the poller waits here (retrying with back-off) and the file stays in the folder
                    // until the database is back, instead of going to .failed; no new file is locked meanwhile.
                    .onException(DatabaseUnavailable.types())
                        .maximumRedeliveries(-1).redeliveryDelay(1000).useExponentialBackOff()
                        .maximumRedeliveryDelay(30_000).retryAttemptedLogLevel(LoggingLevel.WARN)
                    .end()
                    .to("direct:intake-file");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ReadLockConfiguration {
        /** The read lock every folder route shares (referenced as #intakeReadLock), in PostgreSQL. */
        @Bean
        PgIdempotentRepository intakeReadLock(JdbcTemplate jdbc) {
            return new PgIdempotentRepository(jdbc, "intake-folder-read-lock");
        }
    }
}
