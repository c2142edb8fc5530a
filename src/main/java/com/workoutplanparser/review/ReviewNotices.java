package com.workoutplanparser.review;

import com.workoutplanparser.flow.ImportHeaders;
import com.workoutplanparser.web.Json;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notice sent when an item enters the review queue: ids, why, where from, when. Never the plan's text or
 * the user's address, since notices go to systems outside the service.
 */
@Component("reviewNotices")
public class ReviewNotices {

    private final Json json;
    private final Clock clock = Clock.systemUTC();

    public ReviewNotices(Json json) {
        this.json = json;
    }

    public void notice(Exchange exchange) {
        var msg = exchange.getMessage();
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("event", "review.queued");
        notice.put("reviewId", msg.getHeader(ImportHeaders.REVIEW_ID, String.class));
        notice.put("importId", msg.getHeader(ImportHeaders.IMPORT_ID, String.class));
        notice.put("reason", msg.getHeader(ImportHeaders.ERROR, String.class));
        notice.put("source", msg.getHeader(ImportHeaders.SOURCE, String.class));
        notice.put("createdAt", clock.instant().toString());
        msg.setBody(json.write(notice));
    }
}
