package com.workoutplanparser.plan;

/**
 * Where an import stands, as {@code workout_import_log.status} stores it (its check constraint lists the same six
 * names) and the API returns it. RECEIVED and PROCESSING are in progress; the other four are outcomes, and an import
 * takes one outcome only (the storing SQL updates a row only while it is in progress).
 */
public enum ImportStatus {
    /** Recorded, waiting for a worker of the queue. */
    RECEIVED,
    /** Claimed by a worker (or processed at once by a synchronous call), under a lease. */
    PROCESSING,
    /** Every exercise matched with high confidence: the plan is stored. */
    STORED,
    /** A person must confirm the reading: a review item is queued. */
    NEEDS_REVIEW,
    /** Not a workout plan (or refused before parsing, or by a reviewer). */
    REJECTED,
    /** Processing failed; the reason is stored with the import. */
    FAILED;

    /** An outcome: the import is done and will not change (except a review deciding a NEEDS_REVIEW one). */
    public boolean isFinal() {
        return this != RECEIVED && this != PROCESSING;
    }
}
