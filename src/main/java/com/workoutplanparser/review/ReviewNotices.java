package com.workoutplanparser.review;

import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.web.Json;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
public class ReviewNotices {

    private final Json json;
    private final Clock clock = Clock.systemUTC();

    public void notice(Exchange exchange) {
        var msg = exchange.getMessage();
        ImportResult result = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("event", "review.queued");
        notice.put("reviewId", String.valueOf(result.reviewId()));
        notice.put("importId", String.valueOf(result.importId()));
        notice.put("reason", result.error());
        notice.put("source", result.source());
        notice.put("createdAt", clock.instant().toString());
        msg.setBody(json.write(notice));
    }
}
