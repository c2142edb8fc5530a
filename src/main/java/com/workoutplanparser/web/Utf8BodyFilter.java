package com.workoutplanparser.web;

import com.workoutplanparser.config.ServiceSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks API request bodies at the edge, before Camel reads them: larger than the limit is a 413, bytes
 * that are not UTF-8 are a 400, each with the JSON error body. Left to the container, a malformed body
 * is silently decoded with replacement characters (or fails later, after the request has completed).
 * The checked bytes are handed on, so the routes read exactly what was sent.
 * <p>
 * The API takes no HTML forms: a form content type (what {@code curl -d} sends by default) is handed on as
 * text/plain, so a plan posted that way is read as the plan instead of failing as a malformed form.
 */
@Component
public class Utf8BodyFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final Json json;

    public Utf8BodyFilter(ServiceSettings settings, Json json) {
        this.maxBytes = 4L * settings.maxTextChars(); // UTF-8 needs at most 4 bytes a character
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith("/api/")
                || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                || (type != null && type.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            reject(response, new ErrorBody(413, "too_large",
                    "The body is larger than " + maxBytes + " bytes. Split the plan into several plans."));
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            reject(response, new ErrorBody(413, "too_large",
                    "The body is larger than " + maxBytes + " bytes. Split the plan into several plans."));
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            reject(response, new ErrorBody(400, "invalid_utf8",
                    "The body is not valid UTF-8 text. Save or send the plan as UTF-8."));
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void reject(HttpServletResponse response, ErrorBody error) throws IOException {
        response.setStatus(error.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.write(error));
    }

    /** The request with its body already read, served from memory as UTF-8. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private static final String FORM = "application/x-www-form-urlencoded";
        private static final String TEXT = "text/plain; charset=UTF-8";

        private final byte[] body;
        private final boolean form;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            String type = request.getContentType();
            this.form = type != null && type.toLowerCase().startsWith(FORM);
        }

        @Override
        public String getContentType() {
            return form ? TEXT : super.getContentType();
        }

        @Override
        public String getHeader(String name) {
            return form && "content-type".equalsIgnoreCase(name) ? TEXT : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return form && "content-type".equalsIgnoreCase(name)
                    ? java.util.Collections.enumeration(java.util.List.of(TEXT)) : super.getHeaders(name);
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
