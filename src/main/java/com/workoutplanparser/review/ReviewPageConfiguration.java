package com.workoutplanparser.review;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The review page lives in {@code static/review/} and is served by Spring Boot's static resources; this maps
 * the folder's address to its index.html (Boot does that only for the site's root).
 */
@Configuration(proxyBeanMethods = false)
public class ReviewPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/review", "/review/");
        registry.addViewController("/review/").setViewName("forward:/review/index.html");
    }
}
