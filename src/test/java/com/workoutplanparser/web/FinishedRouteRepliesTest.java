package com.workoutplanparser.web;

import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.StandardServletAsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.method.support.ModelAndViewContainer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A platform-http route's finished future ends the request; a running one still goes asynchronous. */
class FinishedRouteRepliesTest {

    private final FinishedRouteReplies handler = new FinishedRouteReplies();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/workout-plans/parse");
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final ServletWebRequest web = new ServletWebRequest(request, response);
    private final ModelAndViewContainer mav = new ModelAndViewContainer();

    FinishedRouteRepliesTest() {
        request.setAsyncSupported(true);
        WebAsyncUtils.getAsyncManager(web).setAsyncWebRequest(new StandardServletAsyncWebRequest(request, response));
    }

    private static MethodParameter serviceReturn() throws NoSuchMethodException {
        return new MethodParameter(SpringBootPlatformHttpConsumer.class.getMethod("service",
                HttpServletRequest.class, HttpServletResponse.class), -1);
    }

    @Test
    void takesOnlyTheCamelConsumersFutures() throws Exception {
        assertThat(handler.supportsReturnType(serviceReturn())).isTrue();
        MethodParameter other = new MethodParameter(CompletableFuture.class.getMethod("completedFuture", Object.class), -1);
        assertThat(handler.supportsReturnType(other)).isFalse();
    }

    @Test
    void aFinishedRouteEndsTheRequestWithoutAsyncProcessing() throws Exception {
        handler.handleReturnValue(CompletableFuture.completedFuture(null), serviceReturn(), mav, web);
        assertThat(mav.isRequestHandled()).isTrue();
        assertThat(request.isAsyncStarted()).isFalse();
    }

    @Test
    void aFailedRouteThrowsWhatItFailedWith() {
        CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IOException("client went away"));
        assertThatThrownBy(() -> handler.handleReturnValue(failed, serviceReturn(), mav, web))
                .isInstanceOf(IOException.class).hasMessage("client went away");
        assertThat(request.isAsyncStarted()).isFalse();
    }

    @Test
    void aRouteStillRunningIsLeftToServletAsyncProcessing() throws Exception {
        CompletableFuture<Void> running = new CompletableFuture<>();
        handler.handleReturnValue(running, serviceReturn(), mav, web);
        assertThat(request.isAsyncStarted()).isTrue();
        assertThat(mav.isRequestHandled()).isFalse();
        running.complete(null);
    }
}
