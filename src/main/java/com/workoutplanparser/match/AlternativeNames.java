package com.workoutplanparser.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A name written as alternatives, "X/Y" ("Dips/Bench Dips", "ベンチプレス/ダンベルプレス") or "X or Y" (ou, oder,
 * oppure: "Développé militaire assis ou debout"): the plan names the first
 * and offers the second. Matching the whole string blends the two into whichever exercise shares most words, so
 * the first alternative is matched on its own; when the second names a different exercise the answer is not
 * high (the plan left the choice open) and the second one is listed among the alternatives.
 * A slash inside a name or between abbreviations ("3/4 sit-up", "DB/KB swing") is left alone: both sides must
 * match by themselves at medium or better, or the whole name is matched as written.
 */
final class AlternativeNames {

    /**
     * A slash between two words of two letters or more: "w/ chains" (with) and "3/4" never split; each side must
     * also have three letters in a row (any script).
     */
    private static final Pattern SLASH = Pattern.compile(
            "(?<=\\p{L}{2})\\s?[/／]\\s?(?=\\p{L})|\\s+(?:or|ou|oder|oppure)\\s+(?=\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");

    private AlternativeNames() {
    }

    /** Null when the name is not two alternatives; otherwise the answer for the first, capped as said above. */
    static MatchResult match(String written, Function<String, MatchResult> byName, ExerciseMatcher matcher) {
        if (written == null) {
            return null;
        }
        String[] sides = SLASH.split(written.strip(), 2);
        if (sides.length != 2 || !LETTERS.matcher(sides[0]).find() || !LETTERS.matcher(sides[1]).find()) {
            return null;
        }
        String[] named = shareTheRest(sides[0].strip(), sides[1].strip());
        MatchResult first = byName.apply(named[0]);
        MatchResult second = byName.apply(named[1]);
        if (!namesOne(first, matcher) || !namesOne(second, matcher)) {
            return null;
        }
        if (first.best().exerciseId().equals(second.best().exerciseId())) {
            return first.asQuery(written);
        }
        double capped = Math.min(first.confidence(), matcher.belowHigh());
        Candidate best = new Candidate(first.best().exerciseId(), first.best().name(), capped);
        List<Candidate> alternatives = new ArrayList<>();
        alternatives.add(new Candidate(second.best().exerciseId(), second.best().name(),
                Calibration.round(Math.min(second.confidence(), capped - 0.01))));
        for (Candidate c : first.alternatives()) {
            if (!c.exerciseId().equals(second.best().exerciseId()) && alternatives.size() < Calibration.ALTERNATIVES) {
                alternatives.add(new Candidate(c.exerciseId(), c.name(), Math.min(c.confidence(), capped - 0.01)));
            }
        }
        alternatives.sort(java.util.Comparator.comparingDouble(Candidate::confidence).reversed());
        return new MatchResult(written, best, matcher.thresholds().levelOf(capped), alternatives,
                first.unmatchedModifiers(), null);
    }

    /**
     * A one-word side is an alternative word, not a name, unless the other side repeats it ("Curl/Hammer Curl"):
     * "Knee/Hip Raise" is "Knee Raise" or "Hip Raise", "Trail Running/Walking" is "Trail Running" or "Trail Walking".
     */
    private static String[] shareTheRest(String left, String right) {
        String[] l = left.split("\\s+");
        String[] r = right.split("\\s+");
        if (l.length == 1 && r.length > 1 && !containsWord(r, l[0])) {
            return new String[]{left + " " + String.join(" ", java.util.Arrays.copyOfRange(r, 1, r.length)), right};
        }
        if (r.length == 1 && l.length > 1 && !containsWord(l, r[0])) {
            return new String[]{left, String.join(" ", java.util.Arrays.copyOf(l, l.length - 1)) + " " + right};
        }
        return new String[]{left, right};
    }

    private static boolean containsWord(String[] words, String word) {
        return java.util.Arrays.stream(words).anyMatch(w -> w.equalsIgnoreCase(word));
    }

    private static boolean namesOne(MatchResult r, ExerciseMatcher matcher) {
        return r.best() != null && r.confidence() >= matcher.thresholds().medium();
    }
}
