package com.workoutplanparser.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parenthesised part that is itself a name, not a qualifier: "Back Extension (Hyperextension)",
 * "Hyperextensions (Back Extensions)", "Back Extension (Weighted Hyperextension)". Read as one string the two
 * names blend and neither is matched high; read apart, each names an exercise. When both name the same one, it is
 * that exercise; when the part in parentheses names a variant whose names hold every word of the base
 * ("Weighted Back Extension" for "Back Extension"), it is that variant. Any other pair keeps the name's own answer:
 * "Band Good Morning (Pull Through)" names two exercises and stays as unsure as it was.
 */
final class QualifierAsName {

    private static final Pattern ONE_PARENTHESISED = Pattern.compile("^([^()]+)\\(([^()]+)\\)\\s*$");

    private QualifierAsName() {
    }

    static MatchResult apply(String written, MatchResult whole, ExerciseMatcher matcher) {
        if (written == null || whole.level() == MatchLevel.HIGH) {
            return whole;
        }
        Matcher m = ONE_PARENTHESISED.matcher(written.strip());
        if (!m.matches()) {
            return whole;
        }
        List<String> baseTokens = Normaliser.tokens(m.group(1));
        if (baseTokens.isEmpty() || Normaliser.tokens(m.group(2)).isEmpty()) {
            return whole;
        }
        MatchResult inside = matcher.matchName(NameForm.canonical(m.group(2).strip()));
        if (inside.level() != MatchLevel.HIGH) {
            return whole;
        }
        MatchResult base = matcher.matchName(NameForm.canonical(m.group(1).strip()));
        if (base.level() != MatchLevel.HIGH) {
            return whole;
        }
        Candidate named = inside.best();
        boolean same = named.exerciseId().equals(base.best().exerciseId());
        if (!same && !matcher.tokensOf(named.exerciseId()).containsAll(baseTokens)) {
            return whole;
        }
        double confidence = same ? Math.min(inside.confidence(), base.confidence()) : inside.confidence();
        Candidate best = new Candidate(named.exerciseId(), named.name(), confidence);
        List<Candidate> alternatives = new ArrayList<>();
        List<Candidate> others = new ArrayList<>(whole.alternatives());
        if (whole.best() != null) {
            others.add(0, whole.best());
        }
        for (Candidate c : others) {
            if (!c.exerciseId().equals(best.exerciseId()) && alternatives.size() < Calibration.ALTERNATIVES) {
                alternatives.add(c.confidence() > confidence ? new Candidate(c.exerciseId(), c.name(), confidence) : c);
            }
        }
        alternatives.sort(java.util.Comparator.comparingDouble(Candidate::confidence).reversed());
        return new MatchResult(written, best, matcher.thresholds().levelOf(confidence), alternatives);
    }
}
