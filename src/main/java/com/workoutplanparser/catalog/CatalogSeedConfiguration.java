package com.workoutplanparser.catalog;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the catalog seed with Flyway, so the schema and its reference data move together. */
@Configuration(proxyBeanMethods = false)
public class CatalogSeedConfiguration {

    @Bean
    FlywayConfigurationCustomizer catalogSeed() {
        return configuration -> configuration.javaMigrations(new CatalogSeedMigration());
    }
}
