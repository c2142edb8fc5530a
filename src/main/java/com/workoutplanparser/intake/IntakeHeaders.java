package com.workoutplanparser.intake;

/**
 * The contract of {@code direct:intake}, the one meeting point of every intake (REST, folder, mail and the
 * ops routes in {@code routes/*.yaml}). Besides these, {@code direct:intake} reads
 * {@code workoutUserId}, {@code workoutSource} and {@code workoutSourceRef} from
 * {@link com.workoutplanparser.flow.ImportHeaders}. See docs/intake.md.
 * <p>
 * These headers are set by the routes themselves (folder, mail, ops routes), never taken from a client: the HTTP
 * edge drops every {@code workout*} name a request sends (web/EdgeHeaderPolicy), and the REST intake describes
 * its submissions with a typed {@link IntakeSubmission} instead, which {@code direct:intake} prefers.
 */
public final class IntakeHeaders {

    private IntakeHeaders() {
    }

    /** The owner by e-mail address, when the route does not know the user's id (ops routes). */
    public static final String USER_EMAIL = "workoutUserEmail";
    /** true: parse in this exchange and answer the outcome (synchronous REST); default false: a worker parses it. */
    public static final String PROCESS_NOW = "workoutProcessNow";
    /** true: the same text for the same owner is imported once. Default: true for every source but rest. */
    public static final String DEDUPE = "workoutDedupe";
    /** Set by direct:intake when the text was already imported: the earlier import's id (no new import). */
    public static final String DUPLICATE_OF = "workoutDuplicateOf";
    /** Groups imports: a mail's Message-ID for its body and attachments, a REST batch's id. */
    public static final String PARENT_REF = "workoutParentRef";
    /** Set by direct:intake: RECEIVED (queued), PROCESSING (processed now) or DUPLICATE. */
    public static final String INTAKE_STATUS = "workoutIntakeStatus";
}
