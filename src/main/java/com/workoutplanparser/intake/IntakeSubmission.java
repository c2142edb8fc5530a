package com.workoutplanparser.intake;

import java.util.UUID;

/**
 * What a built-in route knows about a submission before {@code direct:intake} records it: the owner (the
 * authenticated caller), the source and references, whether to deduplicate and whether to parse it now.
 * It travels as the exchange property {@value #PROPERTY}, which no HTTP client can set; when it is present,
 * {@code direct:intake} reads none of the {@code workout*} headers (those remain the contract of the folder,
 * mail and ops routes, whose values their routes set).
 */
public record IntakeSubmission(UUID owner, String source, String sourceRef, String parentRef,
                               boolean dedupe, boolean processNow) {

    public static final String PROPERTY = "workoutIntakeSubmission";

    /** A plan posted to the REST API by {@code owner}: never deduplicated (each POST is a new import). */
    public static IntakeSubmission rest(UUID owner, String sourceRef, String parentRef, boolean processNow) {
        return new IntakeSubmission(owner, "rest", sourceRef, parentRef, false, processNow);
    }
}
