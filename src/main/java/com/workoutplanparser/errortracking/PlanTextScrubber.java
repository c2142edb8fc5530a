package com.workoutplanparser.errortracking;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes plan text (and tokens, mail addresses) out of every Sentry event before it leaves: a plan is a user's
 * private text and may quote names, addresses or health notes. What stays is what finds a bug: exception types,
 * stack frames, route ids, the first line of a message with its quoted parts removed.
 * <ul>
 *   <li>the request: no body, no cookies, no query string, no Authorization or other credential headers;</li>
 *   <li>exception values and log messages: only the first line up to its first {@code ": "} (what follows a colon
 *       is usually the offending input), with quoted text, e-mail addresses and bearer tokens replaced, at most
 *       {@value #MAX_MESSAGE} characters, no formatting parameters;</li>
 *   <li>breadcrumbs: the same for their message, and no data;</li>
 *   <li>extras and the user: dropped.</li>
 * </ul>
 */
public class PlanTextScrubber implements SentryOptions.BeforeSendCallback, SentryOptions.BeforeBreadcrumbCallback {

    static final int MAX_MESSAGE = 200;
    static final String REMOVED = "[removed]";

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|«[^»]*»|“[^”]*”|‘[^’]*’");
    private static final Pattern MAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+\\S+");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie", "x-api-key",
            "api-key", "proxy-authorization");

    @Override
    public SentryEvent execute(SentryEvent event, Hint hint) {
        scrubRequest(event.getRequest());
        if (event.getExceptions() != null) {
            for (SentryException e : event.getExceptions()) {
                e.setValue(scrub(e.getValue()));
            }
        }
        Message message = event.getMessage();
        if (message != null) {
            message.setMessage(scrub(message.getMessage()));
            message.setFormatted(scrub(message.getFormatted()));
            message.setParams(null);
        }
        if (event.getBreadcrumbs() != null) {
            event.getBreadcrumbs().forEach(b -> execute(b, hint));
        }
        event.setExtras(null);
        event.setUser(null);
        return event;
    }

    @Override
    public Breadcrumb execute(Breadcrumb breadcrumb, Hint hint) {
        breadcrumb.setMessage(scrub(breadcrumb.getMessage()));
        Map<String, Object> data = breadcrumb.getData();
        if (data != null) {
            Set.copyOf(data.keySet()).forEach(breadcrumb::removeData);
        }
        return breadcrumb;
    }

    private static void scrubRequest(Request request) {
        if (request == null) {
            return;
        }
        request.setData(null);
        request.setCookies(null);
        request.setQueryString(null);
        Map<String, String> headers = request.getHeaders();
        if (headers != null) {
            headers.keySet().removeIf(h -> SECRET_HEADERS.contains(h.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** The first line up to its first ": ", quoted parts, e-mail addresses and bearer tokens removed, capped. */
    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String s = QUOTED.matcher(text.lines().findFirst().orElse("")).replaceAll(REMOVED);
        int colon = s.indexOf(": ");
        if (colon >= 0) {
            s = s.substring(0, colon) + ": " + REMOVED;
        }
        s = MAIL.matcher(s).replaceAll(REMOVED);
        s = BEARER.matcher(s).replaceAll("Bearer " + REMOVED);
        if (s.length() > MAX_MESSAGE) {
            s = s.substring(0, MAX_MESSAGE) + "…";
        }
        return s;
    }
}
