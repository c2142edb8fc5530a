package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;

/** "/side", "each leg", "par côté", "pro Seite": kept as a note, never part of the name. */
final class PerSideNotation extends PatternNotation {

    private static final Pattern PER_SIDE = Pattern.compile("(?:/\\s?|" + BS + "(?:per|each|ea\\.?|e/)\\s?)(?:side|leg|arm|hand|direction|way)s?" + BE
            + "|" + BS + "(?:each|par côté|chaque (?:côté|jambe|bras)|por (?:lado|pierna|brazo)|pro (?:seite|bein|arm)|je (?:seite|bein|arm)|l/r|r/l|e/s|e/l)" + BE, F);

    PerSideNotation() {
        super(PER_SIDE, s -> s.perSideWord, false);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        s.d.note("per side");
        return m.end();
    }
}
