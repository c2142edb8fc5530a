package com.workoutplanparser.parse;

import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.N;
import static com.workoutplanparser.parse.LinePatterns.TU;

/** Rest: "rest 90s", "récup 2 min", "90 s rest", "rest 1:30 between sets" (the last one is meant for the whole day). */
final class RestNotation implements NotationReader {

    /** "between sets", "between all exercises": a rest meant for every exercise around it, not just one. */
    private static final String GENERAL_REST = "(\\s?(?:between|entre|zwischen)\\s(?:all\\s|each\\s|les\\s|den\\s)?(?:sets|rounds|exercises|séries|series|sätzen|übungen|tours|exercices|ejercicios|vueltas|rondas|runden|durchgängen))?";
    private static final Pattern REST = Pattern.compile(BS + "(?:rest(?:ing)?|récup(?:ération)?|recup(?:eration|eración|ération)?|repos|pause|pausa|descanso|break)" + BE
            + "(\\s?(?:between (?:all )?(?:sets|rounds|exercises)|entre (?:les )?(?:séries|series|sets|tours)|zwischen den sätzen))?\\s?[:=]?\\s?"
            + "(\\d{1,2}:\\d{2}|" + N + "(?:\\s?-\\s?" + N + ")?\\s?(?:" + TU + ")?)" + BE + GENERAL_REST, F);
    private static final Pattern REST_AFTER = Pattern.compile(BS + "(\\d{1,2}:\\d{2}|" + N + "(?:\\s?-\\s?" + N + ")?\\s?" + TU + ")"
            + "\\s?(?:of |de |d')?(?:rest|repos|récup(?:ération)?|recup|pause|pausa|descanso|break)" + BE + GENERAL_REST, F);

    @Override
    public boolean mayAppear(LineScan s) {
        return s.restWord;
    }

    @Override
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        s.each(REST, m -> {
            Integer secs = Quantities.durationCell(m.group(2), true);
            if (secs == null) return -1;
            if (d.restSeconds == null) d.restSeconds = secs;
            if (m.group(2).contains("-")) d.note("rest " + m.group(2).strip());
            if (m.group(1) != null || m.group(3) != null) d.generalRest = true;
            return m.end();
        });
        s.each(REST_AFTER, m -> {
            Integer secs = Quantities.durationCell(m.group(1), true);
            if (secs == null) return -1;
            if (d.restSeconds == null) d.restSeconds = secs;
            if (m.group(2) != null) d.generalRest = true;
            return m.end();
        });
    }
}
