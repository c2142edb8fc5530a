package com.workoutplanparser.web;

import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpConsumer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.DeferredResultMethodReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A Camel HTTP route that has already answered is done with, not handed to Servlet async processing.
 * <p>
 * camel-platform-http-starter's handler returns a {@link CompletableFuture}, and Spring MVC answers every future
 * by starting Servlet async processing and dispatching the request through the container a second time once it
 * completes, even when it is complete already. Camel's routes run on the request thread here
 * ({@link PlatformHttpOnRequestThread}), so the future is always complete and the response written: the second
 * dispatch only cost a pass through Tomcat. This handler, first for the consumer's futures only, ends a finished
 * one at once (rethrowing what it failed with, for the usual exception handling) and leaves any other to Spring's
 * own asynchronous handling.
 */
public final class FinishedRouteReplies implements HandlerMethodReturnValueHandler {

    private final HandlerMethodReturnValueHandler stillRunning = new DeferredResultMethodReturnValueHandler();

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return SpringBootPlatformHttpConsumer.class.isAssignableFrom(returnType.getContainingClass())
                && CompletableFuture.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer mav,
                                  NativeWebRequest request) throws Exception {
        if (returnValue instanceof CompletableFuture<?> future && future.isDone()) {
            try {
                future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            mav.setRequestHandled(true);
            return;
        }
        stillRunning.handleReturnValue(returnValue, returnType, mav, request);
    }

    /** Puts the handler before Spring's own, which would otherwise take every future. */
    static BeanPostProcessor firstForCamelRoutes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
                    List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
                    handlers.add(new FinishedRouteReplies());
                    handlers.addAll(adapter.getReturnValueHandlers());
                    adapter.setReturnValueHandlers(handlers);
                }
                return bean;
            }
        };
    }
}
