package com.workoutplanparser.web;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Writes the answer of every REST route, success or error: the status, the content type and the body. Our own
 * {@code workout*} headers carry an import's state through the routes; they never leave as HTTP response headers.
 */
public final class ApiReply {

    public static final String JSON = "application/json";

    private ApiReply() {
    }

    /** {@code body} is JSON already written (by {@link Json#write}, or as the import stored it). */
    public static void json(Message msg, int status, String body) {
        write(msg, status, JSON, body);
    }

    public static void write(Message msg, int status, String contentType, String body) {
        msg.removeHeaders("workout*");
        msg.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        msg.setHeader(Exchange.CONTENT_TYPE, contentType);
        msg.setBody(body);
    }
}
