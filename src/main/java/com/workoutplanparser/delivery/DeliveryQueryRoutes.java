package com.workoutplanparser.delivery;

import com.workoutplanparser.export.PlanDocuments;
import com.workoutplanparser.store.PlanStore.StoredPlan;
import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/v1/workout-plans/{id}/deliveries}: where the plan was sent and how that went (status, attempts,
 * the last failure's reason, the next attempt). Visible to whoever may read the plan. A target is shown without
 * its parameters and user info (they may hold secrets).
 */
@Component
@RequiredArgsConstructor
public class DeliveryQueryRoutes extends ApiRouteBuilder {

    private final PlanDocuments documents;
    private final PlanDeliveryStore store;

    @Override
    public void configure() {
        getJson("/api/v1/workout-plans", "/{id}/deliveries", "plan-deliveries",
                "The deliveries of a stored plan to the configured targets").process(this::list);
    }

    private void list(Exchange exchange) {
        UUID id = pathId(exchange, "workout plan");
        visible(exchange, id, "workout plan", documents::find, StoredPlan::userId);
        List<Map<String, Object>> rows = store.forPlan(id).stream().map(DeliveryQueryRoutes::shown).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workoutPlanId", id);
        body.put("deliveries", rows);
        reply(exchange, 200, body);
    }

    private static Map<String, Object> shown(PlanDeliveryStore.Delivery d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("target", DeliveryTargets.shown(d.target()));
        m.put("format", d.format());
        m.put("status", d.status());
        m.put("attempts", d.attempts());
        m.put("lastError", d.lastError());
        m.put("nextAttemptAt", "PENDING".equals(d.status()) ? d.nextAttemptAt() : null);
        m.put("createdAt", d.createdAt());
        m.put("deliveredAt", d.deliveredAt());
        return m;
    }
}
