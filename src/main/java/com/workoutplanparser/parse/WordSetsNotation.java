package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.REPS;
import static com.workoutplanparser.parse.LinePatterns.SETWORD;
import static com.workoutplanparser.parse.LinePatterns.WU;

/** Sets written as a word: "3 sets of 10", "4 séries de 8", "3 Sätze à 12", "5 rounds", "3-4 sets". */
final class WordSetsNotation extends PatternNotation {

    private static final Pattern WORD_SETS = Pattern.compile(BS + "(\\d{1,2})(?:\\s?-\\s?(\\d{1,2}))?\\s?(" + SETWORD + ")" + BE
            + "(?:\\s?(?:of|de|d'|à|a|x|zu|mit|von|je|:|,|-)?\\s?(" + REPS + ")(?!\\d|\\s?(?:" + WU + "|%)" + BE + "))?", F);

    WordSetsNotation() {
        super(WORD_SETS);
    }

    @Override
    int occurrence(LineScan s, Matcher m) {
        ExerciseDraft d = s.d;
        int sets = Integer.parseInt(m.group(1));
        if (sets == 0 || sets > 30) return -1;
        if (s.hasSets()) {
            if (m.group(4) == null && d.sets != null && d.sets == sets) return m.end(); // repeated
            return s.anotherPrescription(m);
        }
        d.sets = sets;
        s.prescriptions++;
        if (m.group(2) != null) d.note(m.group(1) + "-" + m.group(2) + " " + m.group(3));
        int end = m.end();
        if (m.group(4) == null) return end;
        String repsRaw = m.group(4).replace(" ", "");
        Matcher unit = SetsTimesRepsNotation.holdAfter(s, repsRaw, end);
        if (unit == null) unit = SetsTimesRepsNotation.distanceAfter(s, repsRaw, end, false);
        if (unit != null) return unit.end();
        d.reps.add(LinePatterns.normaliseReps(repsRaw));
        if (repsRaw.endsWith("+")) d.note("last set AMRAP");
        Matcher rw = s.after(SetsTimesRepsNotation.AFTER_REPWORD, end);
        return rw != null ? rw.end() : end;
    }
}
