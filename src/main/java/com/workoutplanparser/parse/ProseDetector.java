package com.workoutplanparser.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells text around a plan (greetings, sign-offs, e-mail headers, advice) from lines that carry plan content.
 * The distinction matters both ways: prose marked UNREAD wastes LLM calls and reviewer time, while plan content
 * marked PROSE is lost silently.
 */
final class ProseDetector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Numbers in a plan's notation: "3x8", "75%", "100 kg", "4 sets", "RPE 8", "EMOM 12". */
    private static final Pattern SIGNAL = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,4}\\s?(?:x\\s?\\d|x\\s?max|%|kgs?(?![\\p{L}])|lbs?(?![\\p{L}])|sets?(?![\\p{L}])|reps?(?![\\p{L}])|séries|series|sätze|wdh|répétitions|repeticiones|rounds?(?![\\p{L}])|tours(?![\\p{L}]))"
                    + "|(?<![\\p{L}])(?:rpe|rir|emom|amrap)\\s?\\d", F);
    /** How far before its digit a {@link #SIGNAL} match can start: "amrap 5". */
    private static final int SIGNAL_LOOK_BACK = "amrap ".length();

    /** Why a line is obviously prose (greeting, sign-off, e-mail header), or null. */
    String obviousProse(String norm) {
        String l = Vocabulary.lower(HeadingReader.undecorate(norm));
        if (Vocabulary.startsWithAny(l, Vocabulary.EMAIL_HEADERS)) {
            return "e-mail header";
        }
        if (hasSignal(l)) {
            return null;
        }
        List<String> ws = Vocabulary.words(l);
        if (ws.size() <= 14 && Vocabulary.startsWithAny(l, Vocabulary.GREETINGS)) {
            return "greeting";
        }
        if (ws.size() <= 12 && Vocabulary.startsWithAny(l, Vocabulary.SIGN_OFFS)) {
            return "sign-off";
        }
        if (l.startsWith("--") && ws.size() <= 4) {
            return "sign-off";
        }
        return null;
    }

    /** True when the text carries numbers in a plan notation, or an exercise word next to numbers. */
    boolean hasPlanSignal(String norm) {
        if (hasSignal(norm)) {
            return true;
        }
        return LinePatterns.firstAsciiDigit(norm) >= 0 && norm.length() <= 400 && Vocabulary.hasExerciseWord(norm);
    }

    private static boolean hasSignal(String text) {
        return LinePatterns.findNearDigit(SIGNAL, text, SIGNAL_LOOK_BACK);
    }

    /** The reason given for a line read as prose. */
    String proseReason(String norm) {
        String obvious = obviousProse(norm);
        if (obvious != null) return obvious;
        List<String> ws = Vocabulary.words(norm);
        if (Vocabulary.sentenceWordCount(ws) > 0 || ws.size() > 8) {
            return "advice or commentary, no plan notation";
        }
        return "text without plan content";
    }
}
