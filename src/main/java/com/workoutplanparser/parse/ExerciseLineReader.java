package com.workoutplanparser.parse;

/**
 * Reads one line written in a set/rep notation into an exercise draft.
 *
 * <p>How: {@link LinePrefixes} strips bullets and labels; then each {@link NotationReader} of
 * {@link Notations#IN_ORDER} (tempo, rest, RPE, sets x reps, loads, durations, distances…) reads its notation and
 * masks it, so later, looser readers cannot read it again; {@link LineVerdict} then judges what is left unmasked:
 * the exercise name (and, beyond it, notes), or a sentence. Each pattern is simple and bounded, so reading costs a
 * bounded amount per character and no pattern can backtrack catastrophically.
 *
 * <p>Stateless and thread-safe: all state lives in a per-call {@link LineScan}.
 */
final class ExerciseLineReader {

    /** Longer lines are paragraphs, not exercise lines; refusing them also bounds the cost of a line. */
    static final int MAX_LINE = 240;

    LineRead read(String line, int lineNumber) {
        if (line == null || line.isBlank()) {
            return new LineRead(LineRead.Status.NOTHING, null, "empty", false);
        }
        if (line.indexOf('[') >= 0) line = withoutLinks(line);
        if (line.length() > MAX_LINE) {
            return new LineRead(LineRead.Status.SENTENCE, null, "line too long to be an exercise line", false);
        }
        LineScan s = new LineScan(line, lineNumber);
        LinePrefixes.strip(s);
        s.prefilter();
        for (NotationReader r : Notations.IN_ORDER) {
            if (r.mayAppear(s)) r.read(s);
        }
        s.finish();
        return LineVerdict.judge(s);
    }

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[\\[([^\\[\\]]{1,80})\\]\\]|\\[([^\\[\\]]{1,80})\\]\\([^()\\s]{0,400}\\)");

    /** "[Arch Hangs](https://…)", "[[Squat Progression]]": the link text is the name, the address is not. */
    static String withoutLinks(String line) {
        if (line.indexOf("](") < 0 && line.indexOf("[[") < 0) return line;
        java.util.regex.Matcher m = LINK.matcher(line);
        StringBuilder sb = new StringBuilder(line.length());
        while (m.find()) m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        m.appendTail(sb);
        return sb.toString();
    }
}
