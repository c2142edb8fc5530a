package com.workoutplanparser.parse;

import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.REPWORD;

/**
 * Reps without sets: "12 reps", "8-10 Wdh", to failure ("AMRAP", "max", "al fallo", "jusqu'à l'échec"),
 * and one "x 10" per set ("BW x 10, x 8, x 6").
 */
final class RepCountNotation implements NotationReader {

    private static final Pattern WORD_REPS = Pattern.compile(BS + "(\\d{1,3}(?:\\s?-\\s?\\d{1,3})?\\+?)\\s?" + REPWORD + "(?![\\p{L}\\d])", F);
    private static final String TO_FAILURE = "(?:amrap|max(?:imum)? reps|max(?:imas?|imos?|imum)?|máx(?:imas?|imos?)?|to failure|till failure|until failure"
            + "|au max|jusqu'à l'échec|à l'échec|al fallo|hasta el fallo|a fallo|até a falha|à falha|falha|fino a cedimento|a cedimento"
            + "|bis zum (?:muskel)?versagen|as many (?:reps )?as possible|as many as (?:you|i) can)";
    private static final Pattern AMRAP_WORDS = Pattern.compile(BS + TO_FAILURE + BE + "|限界(?:回数|まで)?", F);
    /** "3 al fallo", "3x max", "4 sets to failure": sets, each to failure. */
    private static final Pattern SETS_TO_FAILURE = Pattern.compile(BS + "(\\d{1,2})\\s?(?:x\\s?|sets?\\s|séries\\s|series\\s)?" + TO_FAILURE + BE, F);
    private static final Pattern X_REPS = Pattern.compile("(?<![\\p{L}\\d])x\\s?(\\d{1,3}(?:\\s?-\\s?\\d{1,3})?\\+?)" + BE, F);

    @Override
    public boolean mayAppear(LineScan s) {
        return s.hasDigit || s.amrapWord;
    }

    @Override
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        if (s.hasDigit) s.eachNumber(WORD_REPS, m -> {
            if (!d.reps.isEmpty() || !s.setReps.isEmpty()) return -1;
            d.reps.add(m.group(1).replace(" ", ""));
            return m.end();
        });
        if (s.amrapWord && s.hasDigit) s.eachNumber(SETS_TO_FAILURE, m -> {
            if (!d.reps.isEmpty() || !s.setReps.isEmpty() || d.sets != null) return -1;
            int sets = Integer.parseInt(m.group(1));
            if (sets == 0 || sets > 15) return -1;
            d.sets = sets;
            d.reps.add("AMRAP");
            s.prescriptions++;
            return m.end();
        });
        if (s.amrapWord) s.each(AMRAP_WORDS, m -> {
            if (!d.reps.isEmpty() || !s.setReps.isEmpty()) {
                // "3x5, last set AMRAP": the scheme already says how many; keep the remark
                d.note(m.group().toLowerCase());
                return m.end();
            }
            d.reps.add("AMRAP");
            return m.end();
        });
        if (s.hasX) s.each(X_REPS, m -> {
            if (!s.setReps.isEmpty() || (!d.reps.isEmpty() && s.xReps.isEmpty())) return -1;
            s.xReps.add(m.group(1).replace(" ", ""));
            return m.end();
        });
        if (!s.xReps.isEmpty()) {
            d.reps.addAll(s.xReps);
            if (s.xReps.size() > 1 && d.sets == null) d.sets = s.xReps.size();
        }
    }
}
