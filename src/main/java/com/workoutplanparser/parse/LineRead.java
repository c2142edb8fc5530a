package com.workoutplanparser.parse;

/**
 * What the exercise-line reader made of one line, before the plan assembler places it in a day.
 *
 * @param draft  the reading (null for SENTENCE and NOTHING)
 * @param reason why the line could not be read as an exercise (SENTENCE, NOTHING)
 */
record LineRead(Status status, ExerciseDraft draft, String reason, boolean bulleted) {

    enum Status {
        /** A name and at least one quantity. */
        EXERCISE,
        /** Quantities without a name ("5x5 @ 75%" under "Squat"). */
        NAMELESS,
        /** A short name without quantities ("Face pulls"). */
        NAME_ONLY,
        /** Only rest, tempo or effort ("rest 90s", "RIR 2"): belongs to a neighbouring exercise. */
        MODIFIERS_ONLY,
        /** Numbers inside a sentence, or too much unexplained text: not something rules can read safely. */
        SENTENCE,
        /** Nothing readable (no letters or numbers that mean anything). */
        NOTHING
    }
}
