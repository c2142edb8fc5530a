package com.workoutplanparser.flow;

import java.util.UUID;

/** Another attempt already gave this import its outcome (a worker whose lease expired mid-parse came back late). */
public class ImportAlreadyDecidedException extends RuntimeException {

    public ImportAlreadyDecidedException(UUID importId) {
        super("Import " + importId + " already has an outcome; this attempt is discarded");
    }
}
