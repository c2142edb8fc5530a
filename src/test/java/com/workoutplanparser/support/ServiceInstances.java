package com.workoutplanparser.support;

import com.workoutplanparser.WorkoutPlanParserApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/** Whole services started side by side on one PostgreSQL, for the tests of what several instances share. */
public final class ServiceInstances {

    private ServiceInstances() {
    }

    /** One more instance of the service, named {@code name}, watching {@code inbox}, with mail off. */
    public static ConfigurableApplicationContext start(EmbeddedPostgres pg, String name, Path inbox, Path routes) {
        return new SpringApplicationBuilder(WorkoutPlanParserApplication.class)
                .profiles("test")
                .run( // command-line arguments: they win over application.yaml (default properties would not)
                        "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--camel.main.name=instance-" + name,
                        "--workout.queue.instance-id=" + name,
                        "--workout.intake.folder.path=" + inbox,
                        "--workout.routes.dir=" + routes,
                        "--workout.mail.imap.host=",
                        "--workout.mail.smtp.host=");
    }

    /** Closes the instances, then the database they share; nulls (a start that failed) are skipped. */
    public static void stop(EmbeddedPostgres pg, ConfigurableApplicationContext... instances) throws Exception {
        for (ConfigurableApplicationContext instance : instances) {
            if (instance != null) {
                instance.close();
            }
        }
        if (pg != null) {
            pg.close();
        }
    }
}
