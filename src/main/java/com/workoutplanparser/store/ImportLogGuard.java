package com.workoutplanparser.store;

import com.workoutplanparser.flow.ImportAlreadyDecidedException;
import java.util.UUID;

/**
 * Checks that recording an outcome changed the import's row. When it did not, another attempt decided the
 * import first, and failing here rolls back this attempt's plan or review item (the step runs in a transaction,
 * or the plan or item was inserted by the same statement, from the updated row, and so not at all).
 */
public final class ImportLogGuard {

    private ImportLogGuard() {
    }

    public static void requireOutcomeRecorded(int updated, UUID importId) {
        if (updated != 1) {
            throw new ImportAlreadyDecidedException(importId);
        }
    }
}
