package com.workoutplanparser.parse;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notation read by one pattern: the skeleton most readers share (a prefilter on the scan's flags, every
 * occurrence of the pattern in the unmasked text, what one occurrence means), so a reader writes only the last.
 */
abstract class PatternNotation implements NotationReader {

    private final Pattern pattern;
    private final Predicate<LineScan> mayAppear;
    private final boolean startsWithDigit;

    /**
     * A notation that starts with a number ("3 sets", "10, 8, 6"): a line without a digit cannot hold it, and it is
     * looked for from the line's first digit on ({@link LineScan#eachNumber}).
     */
    PatternNotation(Pattern pattern) {
        this(pattern, s -> s.hasDigit, true);
    }

    /** @param startsWithDigit every match of the pattern starts with an ASCII digit ({@link LineScan#eachNumber}) */
    PatternNotation(Pattern pattern, Predicate<LineScan> mayAppear, boolean startsWithDigit) {
        this.pattern = pattern;
        this.mayAppear = mayAppear;
        this.startsWithDigit = startsWithDigit;
    }

    @Override
    public final boolean mayAppear(LineScan s) {
        return mayAppear.test(s);
    }

    @Override
    public final void read(LineScan s) {
        if (startsWithDigit) {
            s.eachNumber(pattern, m -> occurrence(s, m));
        } else {
            s.each(pattern, m -> occurrence(s, m));
        }
    }

    /** One occurrence into the scan's draft: the end of what it consumed (masked), or -1 when it is not one. */
    abstract int occurrence(LineScan s, Matcher m);
}
