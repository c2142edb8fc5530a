package com.workoutplanparser.parse;

/**
 * Reads one family of set/rep notation ("3x8", "100kg x 5", "rest 90s", "@ RPE 8"…) out of a line being scanned.
 *
 * <p>Readers run in the fixed order of {@link Notations#IN_ORDER}; each masks what it read in {@link LineScan#work}
 * so later, looser readers cannot read it again. To support a new notation, write one reader (a {@link PatternNotation}
 * when one pattern reads it) and place it in that list before the looser readers that would otherwise misread it.
 */
interface NotationReader {

    /**
     * A cheap test on the scan's prefilter flags: false when the line cannot hold this notation. By default a
     * notation is a number, so a line without a digit cannot hold it; readers with a sharper flag override this.
     */
    default boolean mayAppear(LineScan s) {
        return s.hasDigit;
    }

    /** Reads every occurrence of the notation into the scan's draft and masks it. */
    void read(LineScan s);
}
