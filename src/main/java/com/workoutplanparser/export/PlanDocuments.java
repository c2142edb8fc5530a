package com.workoutplanparser.export;

import com.workoutplanparser.store.PlanStore;
import com.workoutplanparser.store.PlanStore.StoredPlan;
import com.workoutplanparser.web.Json;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** A stored plan read from the database and written in a format: for the export endpoint, deliveries and mail. */
@Component("planDocuments")
@RequiredArgsConstructor
public class PlanDocuments {

    private final PlanStore plans;
    private final Json json;
    private final PlanExports exports = new PlanExports();

    public Optional<StoredPlan> find(UUID planId) {
        return plans.find(planId);
    }

    public String write(StoredPlan plan, ExportFormat format) {
        return format == ExportFormat.JSON ? json.write(plan) : exports.write(plan, format);
    }

    /** The file name a plan is saved under in a format: {@code <plan id>.<extension>}. */
    public static String fileName(UUID planId, ExportFormat format) {
        return planId + "." + format.extension();
    }
}
