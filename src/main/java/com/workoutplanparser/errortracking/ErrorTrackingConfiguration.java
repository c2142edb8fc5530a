package com.workoutplanparser.errortracking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Optional error tracking, as the seed's production checklist asks: Sentry's Spring Boot starter, which is on only
 * when SENTRY_DSN is set (its own condition on {@code sentry.dsn}; the same one here). Without it no Sentry client
 * is created and nothing is sent anywhere. With it, every event and breadcrumb goes through {@link PlanTextScrubber}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sentry.dsn")
public class ErrorTrackingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ErrorTrackingConfiguration.class);

    /** Registered as both Sentry's beforeSend and beforeBreadcrumb callback (the starter picks them up by type). */
    @Bean
    PlanTextScrubber planTextScrubber() {
        log.info("Error tracking on (SENTRY_DSN set): events are sent to Sentry with plan text removed");
        return new PlanTextScrubber();
    }
}
