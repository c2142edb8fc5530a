package com.workoutplanparser.parse;

/** What the parser made of one input line. Every line gets exactly one kind, so none is lost silently. */
public enum LineKind {
    /** Read as (part of) an exercise. */
    EXERCISE,
    /** A title, week, day, section or rest-day heading. */
    HEADING,
    /** Text around the plan (greeting, advice, sign-off): deliberately ignored, with a reason. */
    PROSE,
    /** Empty or decoration only. */
    BLANK,
    /** Looks like it may carry plan content, but the rules could not read it: a job for the LLM or a person. */
    UNREAD
}
