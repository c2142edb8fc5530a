package com.workoutplanparser.config;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Configuration;

/**
 * Registers every {@code @ConfigurationProperties} record of the service ({@code *Settings}, one per capability)
 * as a bean, bound and checked at start: a wrong value stops the start with the variable's name
 * ({@link SettingsFailureAnalyzer}). By package name, so this package depends on none of them.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("com.workoutplanparser")
public class SettingsConfiguration {
}
