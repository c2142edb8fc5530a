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

    /** A notation that is a number: a line without a digit cannot hold it. */
    PatternNotation(Pattern pattern) {
        this(pattern, s -> s.hasDigit);
    }

    PatternNotation(Pattern pattern, Predicate<LineScan> mayAppear) {
        this.pattern = pattern;
        this.mayAppear = mayAppear;
    }

    @Override
    public final boolean mayAppear(LineScan s) {
        return mayAppear.test(s);
    }

    @Override
    public final void read(LineScan s) {
        s.each(pattern, m -> occurrence(s, m));
    }

    /** One occurrence into the scan's draft: the end of what it consumed (masked), or -1 when it is not one. */
    abstract int occurrence(LineScan s, Matcher m);
}
