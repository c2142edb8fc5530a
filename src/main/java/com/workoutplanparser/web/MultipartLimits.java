package com.workoutplanparser.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A multipart upload the container refuses to parse (more parts than {@code server.tomcat.max-part-count}, which
 * is the batch limit, or a file over the upload size) is answered like every other API error, with the JSON body
 * and a status that says what to change, instead of a 500 from Spring's error page.
 */
@Component
public class MultipartLimits implements HandlerExceptionResolver, Ordered {

    private final int maxParts;
    private final Json json;

    /** Tomcat's own part cap ({@code server.tomcat.max-part-count}), which the batch limit sets in application.yaml. */
    public MultipartLimits(ServerProperties server, Json json) {
        this.maxParts = server.getTomcat().getMaxPartCount();
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!(ex instanceof MultipartException)) {
            return null;
        }
        ErrorBody body = ex instanceof MaxUploadSizeExceededException
                ? new ErrorBody(413, "too_large", "A file of the upload is larger than the service takes"
                        + " (spring.servlet.multipart.max-file-size). Split it, or send the plan as text.")
                : tooManyParts(ex) ? new ErrorBody(400, "batch_too_large", "A multipart batch holds at most " + maxParts
                        + " parts, one file each. Send the rest in another batch.")
                : new ErrorBody(400, "invalid_multipart", "The multipart body cannot be read: send one file per part.");
        try {
            response.setStatus(body.status());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.write(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    private static boolean tooManyParts(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileCountLimitExceededException")) { // Tomcat's, in its own package
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
