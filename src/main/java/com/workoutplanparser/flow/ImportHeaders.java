package com.workoutplanparser.flow;

/**
 * The headers of {@code direct:intake}'s contract with the routes that call it (folder, mail, the ops routes in
 * {@code routes/*.yaml}; docs/intake.md): who sends what from where on the way in, the import's id on the way out.
 * They are set by those routes, never taken from a client (the HTTP edge drops every {@code workout*} header).
 * From intake on, an import's state is the typed {@link com.workoutplanparser.plan.ImportResult}, not headers.
 */
public final class ImportHeaders {

    private ImportHeaders() {
    }

    /** Out: the recorded import's id (null for a duplicate). */
    public static final String IMPORT_ID = "workoutImportId";
    /** In: the owner's id (else {@link com.workoutplanparser.intake.IntakeHeaders#USER_EMAIL}, else the default user). */
    public static final String USER_ID = "workoutUserId";
    /** In: rest, file, email, or the name of an ops route. */
    public static final String SOURCE = "workoutSource";
    /** In: file name, Message-ID…: what lets a person find the original. */
    public static final String SOURCE_REF = "workoutSourceRef";
}
