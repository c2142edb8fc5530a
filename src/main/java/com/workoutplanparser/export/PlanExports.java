package com.workoutplanparser.export;

import com.workoutplanparser.store.PlanStore.StoredPlan;

/** Writes a stored plan in one of the text formats (JSON is the API's own and written by its mapper). */
public final class PlanExports {

    private final LiftoscriptExport liftoscript = new LiftoscriptExport();
    private final StrongCsvExport csv = new StrongCsvExport();
    private final MarkdownExport markdown = new MarkdownExport();

    public String write(StoredPlan plan, ExportFormat format) {
        return switch (format) {
            case LIFTOSCRIPT -> liftoscript.write(plan);
            case CSV -> csv.write(plan);
            case MARKDOWN -> markdown.write(plan);
            case JSON -> throw new IllegalArgumentException("JSON is written by the API's JSON mapper");
        };
    }
}
