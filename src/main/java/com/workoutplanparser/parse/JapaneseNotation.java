package com.workoutplanparser.parse;

import java.util.regex.Pattern;

/**
 * Japanese set notation (after NFKC): "8回x5セット" (8 reps, 5 sets), "3セット", "12回", "限界回数x5セット"
 * (to failure), "30秒" (seconds), "休憩90秒" (rest). Runs first: its units are not Latin words.
 */
final class JapaneseNotation implements NotationReader {

    private static final Pattern REPS_SETS = Pattern.compile("(?:(\\d{1,3})\\s?回|(限界(?:回数)?))\\s?[x×*]?\\s?(\\d{1,2})\\s?セット");
    private static final Pattern SETS = Pattern.compile("(\\d{1,2})\\s?セット");
    private static final Pattern REPS = Pattern.compile("(\\d{1,3})\\s?回");
    private static final Pattern REST = Pattern.compile("(?:休憩|インターバル|レスト)\\s?:?\\s?(\\d{1,3})\\s?(秒|分)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,3})\\s?(秒|分)");

    @Override
    public boolean mayAppear(LineScan s) {
        return s.has("セット") || s.has("回") || s.has("秒") || s.has("分");
    }

    @Override
    public void read(LineScan s) {
        ExerciseDraft d = s.d;
        s.each(REST, m -> {
            int v = Integer.parseInt(m.group(1));
            d.restSeconds = m.group(2).equals("分") ? v * 60 : v;
            return m.end();
        });
        s.each(REPS_SETS, m -> {
            if (d.sets != null) return -1;
            d.sets = Integer.parseInt(m.group(3));
            d.reps.add(m.group(1) != null ? m.group(1) : "AMRAP");
            s.prescriptions++;
            return m.end();
        });
        s.each(SETS, m -> {
            if (d.sets != null) return -1;
            d.sets = Integer.parseInt(m.group(1));
            return m.end();
        });
        s.each(REPS, m -> {
            if (!d.reps.isEmpty()) return -1;
            d.reps.add(m.group(1));
            return m.end();
        });
        s.each(TIME, m -> {
            if (d.durationSeconds != null) return -1;
            int v = Integer.parseInt(m.group(1));
            d.durationSeconds = m.group(2).equals("分") ? v * 60 : v;
            return m.end();
        });
    }
}
