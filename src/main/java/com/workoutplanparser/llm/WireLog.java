package com.workoutplanparser.llm;

import dev.langchain4j.http.client.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LLM_VERBOSE=true: each HTTP exchange with the provider in the log, as sent and as received, numbered so a reply
 * finds its request. This is the one log that carries plan text (the start says so at WARN); credentials never:
 * the key headers are masked, and the key itself is masked wherever else it appears (a URL, a body).
 * Logger {@code com.workoutplanparser.llm.verbose}, level INFO.
 */
final class WireLog {

    static final String LOGGER = "com.workoutplanparser.llm.verbose";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "api-key", "x-api-key",
            "x-goog-api-key", "proxy-authorization", "cookie");
    static final String MASK = "***";

    private final String apiKey;
    private final AtomicLong sequence = new AtomicLong();

    WireLog(String apiKey) {
        this.apiKey = apiKey == null || apiKey.strip().length() < 4 ? null : apiKey.strip();
    }

    long request(HttpRequest request) {
        long n = sequence.incrementAndGet();
        log.info("LLM request #{}: {} {}\nheaders: {}\n{}", n, request.method(), redact(request.url()),
                headers(request.headers()), redact(request.body()));
        return n;
    }

    void reply(long n, int status, long millis, String body) {
        log.info("LLM reply #{}: HTTP {} after {} ms\n{}", n, status, millis, redact(body));
    }

    void failure(long n, long millis, Exception e) {
        log.info("LLM request #{} failed after {} ms: {}", n, millis, e.getClass().getSimpleName());
    }

    private String headers(Map<String, List<String>> headers) {
        Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> shown.put(name,
                SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : redact(String.join(", ", values))));
        return shown.toString();
    }

    String redact(String text) {
        if (text == null) {
            return "";
        }
        return apiKey == null ? text : text.replace(apiKey, MASK);
    }
}
