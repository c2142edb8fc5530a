package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-call state of one line's reading, shared by the {@link NotationReader}s in turn.
 *
 * <p>The masking scan: each reader runs its pattern over {@link #work}; what a reader consumes is overwritten with
 * {@link #MASK} so that later, looser readers cannot read it again. What is left unmasked at the end is the
 * exercise name (and, beyond it, notes). One instance per line; never shared between threads.
 */
final class LineScan {

    static final char MASK = '\u0000';

    final ExerciseDraft d = new ExerciseDraft();
    /** The line as it is being read: consumed notation is masked. */
    String work;
    boolean bulleted;
    /** Calories, bodyweight and similar targets that are not a field but show the line prescribes something. */
    boolean hasOther;
    int firstQuantity = Integer.MAX_VALUE;
    /** Per-set reps and loads from "100kg x 5, 105kg x 5": they replace any single reading at the end. */
    final List<String> setReps = new ArrayList<>();
    final List<Double> setWeights = new ArrayList<>();
    int specCount;
    /** How many separate set/rep prescriptions the line held ("3x5 then 2x8" is two: less sure). */
    int prescriptions;
    final List<Double> bare = new ArrayList<>();
    final List<String> xReps = new ArrayList<>();
    /** Reps read from a bare leading number ("10 burpees"): a guess unless the words name an exercise. */
    boolean leadingCount;
    int bareUsed;

    private String lowerText;
    boolean hasDigit;
    boolean hasDash;
    boolean hasX;
    boolean restWord;
    boolean loadWord;
    boolean amrapWord;
    boolean perSideWord;

    LineScan(String line, int lineNumber) {
        d.text = line.strip();
        d.lineNumber = lineNumber;
        work = maskUnknownCounts(line.replace("**", "").replace("__", "").replace('`', ' ').strip());
    }

    /**
     * Logs write what was not remembered as question marks: "???x???@185" (sets and reps unknown, the load known),
     * "@40?" (a load in doubt). The placeholders are masked like read notation, so the name ends before them and
     * the load after them is still read; the count stays unknown.
     */
    private static final Pattern UNKNOWN_COUNTS = Pattern.compile(
            "\\?{2,}\\s?[x×*]\\s?\\?{2,}|(?<=\\d)\\?+(?=\\s|$|[,;)])");

    static String maskUnknownCounts(String line) {
        if (line.indexOf('?') < 0) {
            return line;
        }
        Matcher m = UNKNOWN_COUNTS.matcher(line);
        if (!m.find()) {
            return line;
        }
        char[] cs = line.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) cs[i] = MASK;
        } while (m.find());
        return new String(cs);
    }

    boolean has(String needle) {
        return lowerText.contains(needle);
    }

    /** Cheap tests that let most readers skip lines that cannot hold their notation (most lines are short). */
    void prefilter() {
        lowerText = work.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lowerText.length(); i++) {
            char c = lowerText.charAt(i);
            if (c >= '0' && c <= '9') hasDigit = true;
            else if (c == '-') hasDash = true;
            else if (c == 'x' || c == '*') hasX = true;
        }
        hasDash &= hasDigit;
        hasX &= hasDigit;
        restWord = hasDigit && (has("rest") || has("récup") || has("recup") || has("repos") || has("pause")
                || has("descanso") || has("break"));
        loadWord = hasDigit && (has("kg") || has("lb") || has("kilo") || has("pound") || has("#"));
        amrapWord = has("amrap") || has("max") || has("fail") || has("échec") || has("fallo") || has("versagen")
                || has("as many") || has("falha") || has("cedimento") || has("限界");
        perSideWord = has("side") || has("leg") || has("arm") || has("hand") || has("each") || has("ea.")
                || has("way") || has("direction") || has("côté") || has("jambe") || has("bras") || has("lado")
                || has("pierna") || has("brazo") || has("seite") || has("bein") || has("/") || has("e/");
    }

    /** Runs pattern over the unmasked text; the handler returns the end of what it consumed (or -1 to skip). */
    void each(Pattern p, ToIntFunction<Matcher> handler) {
        each(p.matcher(work), handler);
    }

    /**
     * {@link #each} for a pattern whose every match starts with an ASCII digit (a count, a load, a time): the search
     * starts at the first digit of the unread text, not at each letter of the name before it. The bounds stay
     * transparent, so a look-behind at that digit still sees the name, and the matches are those {@link #each} finds.
     */
    void eachNumber(Pattern p, ToIntFunction<Matcher> handler) {
        int digit = LinePatterns.firstAsciiDigit(work);
        if (digit < 0) {
            return;
        }
        Matcher m = p.matcher(work).useTransparentBounds(true).useAnchoringBounds(false);
        each(m.region(digit, work.length()), handler);
    }

    private void each(Matcher m, ToIntFunction<Matcher> handler) {
        List<int[]> spans = null;
        // find() continues where the last match ended; find(from) resets the matcher, so it is used only
        // when the handler rejected a match or consumed past it
        boolean found = m.find();
        while (found) {
            int start = m.start();
            int matchEnd = m.end();
            int end = handler.applyAsInt(m);
            int from;
            if (end < 0) {
                from = start + 1;
            } else {
                if (spans == null) spans = new ArrayList<>();
                spans.add(new int[]{start, end});
                firstQuantity = Math.min(firstQuantity, start);
                from = Math.max(end, start + 1);
            }
            if (from > work.length()) break;
            found = from == matchEnd && matchEnd > start ? m.find() : m.find(from);
        }
        if (spans != null) {
            char[] cs = work.toCharArray();
            for (int[] sp : spans) {
                for (int i = sp[0]; i < sp[1] && i < cs.length; i++) cs[i] = MASK;
            }
            work = new String(cs);
        }
    }

    /** Reps already read on this line (a list, a scheme, per-set rows): a later reading must not add to them. */
    boolean hasReps() {
        return !d.reps.isEmpty() || !setReps.isEmpty();
    }

    /** Sets already read on this line: a further prescription is noted, not read. */
    boolean hasSets() {
        return d.sets != null || !setReps.isEmpty();
    }

    /** Keeps a match as a note (a second distance, a range) and consumes it; the handler's return value. */
    int noted(Matcher m) {
        d.note(m.group().strip());
        return m.end();
    }

    /** A second prescription on the line ("3x5 then 2x8"): the first is kept, this one noted and counted. */
    int anotherPrescription(Matcher m) {
        prescriptions++;
        return noted(m);
    }

    /**
     * One set per listed count ("10, 8, 6", "5-3-1"); the last keeps the match's group 2 (the "+" of an AMRAP last
     * set). The handler's return value.
     */
    int oneSetEach(String[] counts, Matcher m) {
        for (int i = 0; i < counts.length; i++) d.reps.add(counts[i] + (i == counts.length - 1 ? m.group(2) : ""));
        prescriptions++;
        return m.end();
    }

    /** The notation right after a match ("kg" after "2x20"), or null. */
    Matcher after(Pattern p, int from) {
        if (from >= work.length()) return null;
        Matcher a = p.matcher(work);
        a.region(from, work.length());
        return a.lookingAt() ? a : null;
    }

    void mask(int from, int to) {
        char[] cs = work.toCharArray();
        for (int i = from; i < to && i < cs.length; i++) cs[i] = MASK;
        work = new String(cs);
        firstQuantity = Math.min(firstQuantity, from);
    }

    /** Per-set readings win over single ones; several prescriptions on one line lower the certainty. */
    void finish() {
        if (!setReps.isEmpty()) {
            d.reps.clear();
            d.reps.addAll(setReps);
            if (!setWeights.isEmpty()) {
                d.weights.clear();
                d.weights.addAll(setWeights);
            }
            if (d.sets == null) d.sets = setReps.size();
            if (specCount == 1 && setReps.size() == 1) d.singleSetRow = d.sets == 1;
        }
        if (prescriptions > 1) d.lower(0.2);
    }
}
