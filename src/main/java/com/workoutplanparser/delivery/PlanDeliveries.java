package com.workoutplanparser.delivery;

import com.workoutplanparser.export.ExportFormat;
import com.workoutplanparser.export.PlanDocuments;
import com.workoutplanparser.plan.ImportResult;
import com.workoutplanparser.store.PlanStore.StoredPlan;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The steps of delivering stored plans, called by the store routes and {@link DeliveryRoutes}:
 * <ul>
 *   <li>{@link #enqueue}: inside the transaction that stores a plan, one plan_delivery row per target (the outbox);</li>
 *   <li>{@link #claimDue}: the due rows, claimed with a lease (several instances never send one row twice at once);</li>
 *   <li>{@link #prepare}: the plan written in the target's format, with the headers a target may use;</li>
 *   <li>{@link #delivered} and {@link #attemptFailed}: the outcome, with the next attempt after a doubling wait or
 *       FAILED with the reason after the last one. The stored plan is never touched.</li>
 * </ul>
 */
@Component("planDeliveries")
@EnableConfigurationProperties(DeliverySettings.class)
public class PlanDeliveries {

    /** Exchange properties of one delivery in {@link DeliveryRoutes}. */
    static final String CLAIMED = "workoutDelivery";
    static final String TARGET_URI = "workoutDeliveryUri";
    /** Headers a target sees: the plan's id (for file names, {@code ${header.planId}}) and the delivery's. */
    public static final String PLAN_ID_HEADER = "planId";
    public static final String DELIVERY_ID_HEADER = "deliveryId";

    private static final Logger log = LoggerFactory.getLogger(PlanDeliveries.class);

    private final PlanDeliveryStore store;
    private final PlanDocuments documents;
    private final DeliverySettings settings;
    private final DeliveryTargets targets;

    public PlanDeliveries(PlanDeliveryStore store, PlanDocuments documents, DeliverySettings settings) {
        this.store = store;
        this.documents = documents;
        this.settings = settings;
        this.targets = new DeliveryTargets(settings.uris());
    }

    public DeliveryTargets targets() {
        return targets;
    }

    /** Whether a stored plan has anywhere to go (PLAN_DELIVERY_URIS): then it is stored in a transaction with its deliveries. */
    public boolean hasTargets() {
        return !targets.all().isEmpty();
    }

    /** In the storing transaction: the plan (the import's {@link ImportResult#planId}) goes to every target. */
    public void enqueue(Exchange exchange) {
        ImportResult result = exchange.getProperty(ImportResult.PROPERTY, ImportResult.class);
        UUID planId = result == null ? null : result.planId();
        if (planId != null && !targets.all().isEmpty()) {
            store.insert(planId, targets.all());
        }
    }

    public List<PlanDeliveryStore.Claimed> claimDue() {
        return store.claimDue(settings.workers() * 4, settings.lease());
    }

    /** Body: one claimed delivery. Leaves the plan as the body, the target's URI as a property, only our headers. */
    public void prepare(Exchange exchange) {
        PlanDeliveryStore.Claimed d = exchange.getMessage().getBody(PlanDeliveryStore.Claimed.class);
        exchange.setProperty(CLAIMED, d);
        DeliveryTarget target = targets.byKey(d.target()).orElseThrow(() -> new IllegalStateException(
                "the target is no longer in PLAN_DELIVERY_URIS"));
        ExportFormat format = ExportFormat.byName(d.format()).orElse(target.format());
        StoredPlan plan = documents.find(d.planId()).orElseThrow(() -> new IllegalStateException("the plan is gone"));
        var msg = exchange.getMessage();
        msg.removeHeaders("*");
        msg.setBody(documents.write(plan, format));
        msg.setHeader(Exchange.CONTENT_TYPE, format.contentType());
        msg.setHeader(Exchange.HTTP_METHOD, "POST");
        msg.setHeader(Exchange.FILE_NAME, PlanDocuments.fileName(d.planId(), format));
        msg.setHeader(PLAN_ID_HEADER, d.planId().toString());
        msg.setHeader(DELIVERY_ID_HEADER, d.id().toString());
        exchange.setProperty(TARGET_URI, target.uri());
    }

    public void delivered(Exchange exchange) {
        PlanDeliveryStore.Claimed d = exchange.getProperty(CLAIMED, PlanDeliveryStore.Claimed.class);
        store.delivered(d.id());
    }

    /** The exception of the failed attempt is on the exchange (handled by the delivery-errors configuration). */
    public void attemptFailed(Exchange exchange) {
        PlanDeliveryStore.Claimed d = exchange.getProperty(CLAIMED, PlanDeliveryStore.Claimed.class);
        if (d == null) {
            d = exchange.getMessage().getBody(PlanDeliveryStore.Claimed.class);
        }
        Throwable e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = reason(e);
        boolean last = d.attempt() >= settings.maxAttempts();
        var retryIn = settings.backoff(d.attempt());
        store.attemptFailed(d.id(), reason, last, retryIn);
        // no target URI, plan or address in the log: the delivery id leads to them
        log.warn("Delivery {} of plan {} failed (attempt {} of {}): {}{}", d.id(), d.planId(), d.attempt(),
                settings.maxAttempts(), e == null ? "unknown" : e.getClass().getSimpleName(),
                last ? "; given up, recorded FAILED" : "; tried again in " + retryIn.toSeconds() + " s");
    }

    /** What went wrong, in a line: the exception and its cause, without a stack. */
    static String reason(Throwable e) {
        if (e == null) return "unknown failure";
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        for (int i = 0; t != null && i < 3; i++, t = t.getCause()) {
            if (sb.length() > 0) sb.append(" <- ");
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) sb.append(": ").append(t.getMessage().replaceAll("\\s+", " "));
            if (t.getCause() == t) break;
        }
        // a message may quote the target's URI: its secrets (password=, token=, …) are masked like the target's
        String r = org.apache.camel.util.URISupport.sanitizeUri(sb.toString());
        return r.length() > 1000 ? r.substring(0, 1000) + "…" : r;
    }
}
