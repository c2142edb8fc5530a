package com.workoutplanparser.web;

import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camel's REST routes run on the HTTP request's own thread. The starter's default hands every request to another
 * pool and back (two thread hand-offs for a request whose thread would only wait): on a busy 2-core machine each
 * hand-off is a scheduling delay, more than a catalog match costs. The container's threads
 * ({@code HTTP_WORKER_THREADS}) bound the requests in flight instead; the parses themselves are bounded by
 * {@code intake/FairParses}, which answers 202 past the sync timeout, so no request holds its thread for longer.
 * The body is read once by the edge filters ({@link Utf8BodyFilter}) and handed on from memory, on this thread too.
 */
@Configuration(proxyBeanMethods = false)
public class RequestThreadRoutes {

    /** Replaces the starter's engine (it backs off when one is defined): same port, the caller's thread as executor. */
    @Bean("platform-http-engine")
    PlatformHttpEngine platformHttpEngine(@Value("${server.port:8080}") int port) {
        return new SpringBootPlatformHttpEngine(port, Runnable::run);
    }
}
