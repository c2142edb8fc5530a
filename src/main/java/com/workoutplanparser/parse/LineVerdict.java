package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a scanned line is once every notation reader ran: what is left unmasked is the exercise name (and
 * notes), unless it reads as a sentence ("Finish with 3 sets of 12 lunges" names lunges; "5 Tips for Better
 * Sleep" is no exercise).
 */
final class LineVerdict {

    private LineVerdict() {
    }

    static LineRead judge(LineScan s) {
        ExerciseDraft d = s.d;
        String work = s.work;
        boolean bulleted = s.bulleted;
        boolean hasOther = s.hasOther;
        List<String> segments = segments(work);
        String name = null;
        List<String> extra = new ArrayList<>();
        // the name is the first piece of text, unless only a later piece names an exercise
        // ("Finish with 3 sets of 12 lunges": "lunges", not "Finish")
        int named = -1;
        if (segments.size() > 1 && !Vocabulary.hasExerciseWord(segments.get(0))) {
            for (int i = 1; i < segments.size(); i++) {
                if (Vocabulary.hasExerciseWord(segments.get(i))) { named = i; break; }
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            if (named >= 0 ? i == named : name == null && i == 0) {
                name = segments.get(i);
            } else {
                extra.add(segments.get(i));
            }
        }
        if (name == null) NameHygiene.labelledSetCount(d);
        if (name != null) {
            String tidy = NameHygiene.tidy(name, d);
            if (tidy == null) return new LineRead(LineRead.Status.SENTENCE, null, "a heading, label or note, not an exercise", bulleted);
            name = tidy.isEmpty() ? null : tidy;
        }
        // judged on everything left unread, before connector words were trimmed away
        List<String> rawWords = Vocabulary.words(work.replace(LineScan.MASK, ' '));
        int rawSentenceWords = Vocabulary.sentenceWordCount(rawWords);
        if (rawWords.size() >= 5 && rawSentenceWords >= 1) {
            return new LineRead(LineRead.Status.SENTENCE, null,
                    d.hasQuantity() ? "numbers inside a sentence" : "sentence", bulleted);
        }
        boolean quantity = d.hasQuantity() || hasOther;
        boolean modifiers = d.restSeconds != null || d.tempo != null;
        // judge whether the leftover text is a name or a sentence
        int extraWords = 0;
        for (String e : extra) extraWords += Vocabulary.words(e).size();
        if (name != null) {
            List<String> ws = Vocabulary.words(name);
            int sentenceWords = Vocabulary.sentenceWordCount(ws);
            String stripped = d.text.strip();
            boolean endsLikeSentence = (stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?"))
                    && ws.size() + extraWords > 2;
            int allSentenceWords = sentenceWords;
            for (String e : extra) allSentenceWords += Vocabulary.sentenceWordCount(Vocabulary.words(e));
            if (ws.size() > 7 || sentenceWords >= 2 || (sentenceWords == 1 && ws.size() > 3)
                    || extraWords > 8 || endsLikeSentence || (allSentenceWords >= 1 && ws.size() + extraWords >= 5)) {
                return new LineRead(LineRead.Status.SENTENCE, null,
                        quantity ? "numbers inside a sentence" : "sentence", bulleted);
            }
        }
        for (String e : extra) {
            d.note(e);
            d.lower(0.1);
        }
        if (name == null) {
            if (quantity) {
                return new LineRead(LineRead.Status.NAMELESS, d, null, bulleted);
            }
            if (modifiers) {
                return new LineRead(LineRead.Status.MODIFIERS_ONLY, d, null, bulleted);
            }
            return new LineRead(LineRead.Status.NOTHING, null, "no words or numbers to read", bulleted);
        }
        d.name = name;
        boolean vocab = Vocabulary.hasExerciseWord(name);
        boolean guessedOnly = (s.leadingCount || s.bareUsed > 0) && d.sets == null && d.weights.isEmpty()
                && d.percents.isEmpty() && d.durationSeconds == null && d.distanceMeters == null && d.rpe == null
                && !hasOther;
        if (guessedOnly && !vocab && (!bulleted || Vocabulary.words(name).size() > 4)) {
            // "5 Tips for Better Sleep": a number beside words that name no exercise
            return new LineRead(LineRead.Status.SENTENCE, null, "a number beside words that name no exercise", bulleted);
        }
        if (!vocab) d.lower(0.1);
        if (quantity) {
            return new LineRead(LineRead.Status.EXERCISE, d, null, bulleted);
        }
        if (d.rpe != null || modifiers) {
            // "Bench RPE 8" with no sets: a name with a modifier, read but unsure
            d.lower(0.3);
            return new LineRead(LineRead.Status.EXERCISE, d, null, bulleted);
        }
        String stripped = d.text.strip();
        if (stripped.endsWith("!") || stripped.endsWith("?") || (stripped.endsWith(".") && !stripped.endsWith("..")
                && Vocabulary.words(name).size() > 1)) {
            // "Welcome back!": exercise names are not exclaimed or asked
            return new LineRead(LineRead.Status.SENTENCE, null, "sentence", bulleted);
        }
        return new LineRead(LineRead.Status.NAME_ONLY, d, null, bulleted);
    }

    /** The unmasked pieces of the line, cleaned of edge punctuation and connector words. */
    private static List<String> segments(String work) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= work.length(); i++) {
            if (i == work.length() || work.charAt(i) == LineScan.MASK) {
                if (i > start) {
                    String c = NameCleaner.clean(work.substring(start, i));
                    if (!c.isEmpty()) out.add(c);
                }
                start = i + 1;
            }
        }
        return out;
    }
}
