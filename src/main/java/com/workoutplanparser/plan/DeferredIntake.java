package com.workoutplanparser.plan;

/**
 * The intake columns of an import whose row is not written yet: a synchronous parse that runs at once on its
 * caller's thread writes its import's row together with its outcome, in one statement, instead of recording the
 * submission first and updating it after (docs/architecture.md, "Round trips"). Nobody has been answered before that
 * statement commits, so a crash in between loses only a request its client sees fail.
 *
 * @param sealedText  the plan text, encrypted as {@code raw_text} stores it (docs/privacy.md)
 * @param contentHash the text's hash ({@code content_hash})
 * @param parentRef   a batch or mail the import belongs to, else null
 * @param processedBy the instance processing it ({@code claimed_by}, as a queue worker's claim records)
 */
public record DeferredIntake(String sealedText, String contentHash, String parentRef, String processedBy) {
}
