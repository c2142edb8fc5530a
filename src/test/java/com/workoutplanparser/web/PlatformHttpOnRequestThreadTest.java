package com.workoutplanparser.web;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A Camel HTTP route runs on the request's own container thread: no hop to a second pool per request. */
class PlatformHttpOnRequestThreadTest extends AppTestBase {

    @Autowired
    private RequestMappingHandlerAdapter mvc;

    @Test
    void aFinishedRouteIsEndedBeforeSpringMvcWouldGoAsynchronous() {
        assertThat(mvc.getReturnValueHandlers()).first().isInstanceOf(FinishedRouteReplies.class);
    }

    @Test
    void aPlatformHttpRouteRunsOnTheContainersRequestThread() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:/test-probe/thread").routeId("test-probe-thread")
                        .process(e -> e.getMessage().setBody(Thread.currentThread().getName()));
            }
        });
        Set<String> threads = new HashSet<>();
        try {
            for (int i = 0; i < 3; i++) {
                ApiClient.Response response = api.withToken(null).get("/test-probe/thread");
                assertThat(response.status()).isEqualTo(200);
                threads.add(response.body());
            }
        } finally {
            camel.getRouteController().stopRoute("test-probe-thread");
            camel.removeRoute("test-probe-thread");
        }
        // Tomcat's request threads are http-nio-<port>-exec-N; the starter's own engine ran routes on task-N
        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("http-nio-"), "a Tomcat request thread");
    }
}
