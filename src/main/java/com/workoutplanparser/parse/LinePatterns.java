package com.workoutplanparser.parse;

import java.util.regex.Pattern;

/**
 * Regex fragments shared by the notation readers: number, unit and keyword alternations. Every fragment is bounded
 * (numbers are at most a few digits, spaces at most one after normalisation), so no pattern built from them can
 * backtrack catastrophically.
 */
final class LinePatterns {

    private LinePatterns() {
    }

    static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Word-ish boundaries that treat digits and letters alike ("3x8" has none inside, "Squat 3x8" one before 3). */
    static final String BS = "(?<![\\p{L}\\d])";
    static final String BE = "(?![\\p{L}\\d])";
    static final String N = "\\d{1,4}(?:\\.\\d{1,3})?";
    static final String WU = "(?:kilogrammes?|kilograms?|kilos?|kgs?|pounds?|lbs?|#)";
    static final String TU = "(?:secondes?|seconds?|secs?|segundos?|segs?|sekunden|sek|s|minutes?|minutos?|minuten|mins?|mn|hours?|hrs?|h|heures?|horas?|stunden?|'|\")";
    static final String DU = "(?:kilometers?|kilometres?|kilómetros?|kms?|k|meters?|metres?|mètres?|metros?|m|miles?|mi|yards?|yds?)";
    static final String SETWORD = "(?:sets?|séries?|series|serie|sätze|saetze|satz|rounds?|rds|tours?|rondas?|runden|runde)";
    static final String REPWORD = "(?:reps?|répétitions?|repetitions?|repeticiones|repeticion|repetición|rép|rep|wdh|wiederholungen|wiederholung)\\.?";
    /** Reps: "8", "8-12" (a range whose upper end is not a load: "5x5 - 90kg" is 5 reps at 90 kg), "5+", "max". */
    static final String REPS = "(?:\\d{1,3}(?:\\s?-\\s?\\d{1,3}(?![\\d.]|\\s?(?:kgs?|lbs?|kilos?|pounds?|%)(?![\\p{L}])))?\\+?|max(?:imas?|imos?|imum)?|máx(?:imas?|imos?)?|amrap|failure)";
    static final String IMPLEMENT = "(?:dbs?|dumbbells?|kbs?|kettlebells?|haltères|haltere|haltères?|mancuernas?|kurzhanteln?|pesas)";

    /**
     * {@code p.matcher(text).find()} for a pattern each of whose matches starts at most {@code lookBack} characters
     * before an ASCII digit (a notation: "3x8", "100 kg", "RPE 8"): the search starts there, not at each letter of the
     * words before the first number, and a text without a digit is answered without a search. The bounds stay
     * transparent, so a look-behind still sees what comes before.
     */
    static boolean findNearDigit(Pattern p, String text, int lookBack) {
        int digit = firstAsciiDigit(text);
        if (digit < 0) {
            return false;
        }
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                .region(Math.max(0, digit - lookBack), text.length()).find();
    }

    static int firstAsciiDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return i;
        }
        return -1;
    }

    /** Reps as stored: "max", "failure" and their kin become AMRAP; spaces go. */
    static String normaliseReps(String r) {
        String l = r.strip().toLowerCase();
        if (l.startsWith("max") || l.startsWith("máx") || l.equals("amrap") || l.equals("failure") || l.equals("fail")) return "AMRAP";
        return r.strip().replace(" ", "");
    }
}
