package com.workoutplanparser.web;

import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camel's REST routes run on the container's request thread, not on a second pool.
 * <p>
 * camel-platform-http-starter hands every request to a task executor and answers Spring MVC with a future. With
 * Boot's executor (a wide pool, because a request waiting for its parse holds a thread) each request woke one of
 * hundreds of idle threads in turn: a thread hop per request, and every thread-local cache (the connection pool's,
 * Jackson's buffers) cold. Here the route runs on Tomcat's thread, which is already one of a bounded, reused
 * pool ({@code server.tomcat.threads.max}, {@code HTTP_WORKER_THREADS}); the future is complete when Spring MVC
 * gets it, and {@link FinishedRouteReplies} ends the request there instead of a second dispatch. How many parses run at once is bounded by {@code workout.limits.work}, not by threads
 * (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
public class PlatformHttpOnRequestThread {

    /** The name the starter's own engine has, so it stands back (it is conditional on a missing engine). */
    @Bean(name = "platform-http-engine")
    PlatformHttpEngine platformHttpEngine(ServerProperties server) {
        return new SpringBootPlatformHttpEngine(server.getPort() == null ? 8080 : server.getPort(), Runnable::run);
    }

    /** The route has answered when its handler returns: no Servlet async processing after it. */
    @Bean
    static BeanPostProcessor finishedRouteReplies() {
        return FinishedRouteReplies.firstForCamelRoutes();
    }
}
