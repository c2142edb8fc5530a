package com.workoutplanparser.parse;

import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.F;

/** Reps per set as a list: "10, 8, 6", "12/10/8/6" (three or more numbers, no unit after). */
final class RepListNotation implements NotationReader {

    private static final Pattern PER_SET_LIST = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2}(?:\\s?[,/]\\s?\\d{1,2}){2,9})(\\+?)(?![\\p{L}\\d.,/-]|\\s?(?:kg|lb|%|x))", F);

    @Override
    public boolean mayAppear(LineScan s) {
        return s.hasDigit;
    }

    @Override
    public void read(LineScan s) {
        s.each(PER_SET_LIST, m -> {
            if (!s.d.reps.isEmpty() || !s.setReps.isEmpty()) return -1;
            String[] parts = m.group(1).split("\\s?[,/]\\s?");
            for (int i = 0; i < parts.length; i++) s.d.reps.add(parts[i] + (i == parts.length - 1 ? m.group(2) : ""));
            if (s.d.sets == null) s.d.sets = parts.length;
            s.prescriptions++;
            return m.end();
        });
    }
}
