package com.workoutplanparser.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the ways apps write a variant to one canonical written form before normalisation: qualifiers in
 * parentheses (Hevy, Strong, FitNotes: "Bench Press (Dumbbell)"), after a comma (Liftosaur: "Bench Press,
 * Dumbbell") or after a spaced dash ("Squat - Paused") are moved in front of the base name, the way the
 * catalog writes it ("Dumbbell Bench Press"). Counting notes that say nothing about the exercise ("(Each
 * Side)", "per arm") are dropped. Where the Smith machine is named, "barbell" is dropped: the Smith machine
 * has a bar, it is not a free barbell.
 */
final class NameForm {

    private NameForm() {
    }

    private static final Pattern PARENTHESISED = Pattern.compile("[(\\[]([^()\\[\\]]*)[)\\]]");
    /** How a set is counted, not which exercise: dropped. */
    private static final Pattern COUNTING_NOTE = Pattern.compile(
            "\\b(each|per|both|every)\\s+(side|arm|leg|hand|direction|way)s?\\b|\\btotal\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern SMITH = Pattern.compile("\\bsmith\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARBELL = Pattern.compile("\\b(barbell|bb)\\b\\s*", Pattern.CASE_INSENSITIVE);
    /** A comma part longer than this is a second name or a note, not a qualifier: left where it is. */
    private static final int MAX_QUALIFIER_WORDS = 3;

    /** The canonical written form: qualifiers first, then the base name. */
    static String canonical(String written) {
        if (written == null || written.isBlank()) {
            return written;
        }
        List<String> qualifiers = new ArrayList<>();
        StringBuilder base = new StringBuilder();
        Matcher m = PARENTHESISED.matcher(written);
        int at = 0;
        while (m.find()) {
            base.append(written, at, m.start()).append(' ');
            qualifiers.add(m.group(1));
            at = m.end();
        }
        base.append(written.substring(at));
        String rest = base.toString();
        String[] dashed = SPACED_DASH.split(rest);
        if (dashed.length > 1 && words(dashed[dashed.length - 1]) <= MAX_QUALIFIER_WORDS) {
            for (int i = 1; i < dashed.length; i++) {
                qualifiers.add(dashed[i]);
            }
            rest = dashed[0];
        }
        String[] commas = rest.split(",");
        if (commas.length > 1) {
            StringBuilder head = new StringBuilder(commas[0]);
            for (int i = 1; i < commas.length; i++) {
                if (words(commas[i]) <= MAX_QUALIFIER_WORDS) {
                    qualifiers.add(commas[i]);
                } else {
                    head.append(' ').append(commas[i]);
                }
            }
            rest = head.toString();
        }
        if (qualifiers.isEmpty() && !COUNTING_NOTE.matcher(rest).find() && !SMITH.matcher(rest).find()) {
            return written;
        }
        StringBuilder out = new StringBuilder();
        // the last qualifier is the outermost ("… (Each Side) (Smith Machine)"): it goes first
        for (int i = qualifiers.size() - 1; i >= 0; i--) {
            out.append(qualifiers.get(i).strip()).append(' ');
        }
        out.append(rest.strip());
        String canonical = COUNTING_NOTE.matcher(out.toString()).replaceAll(" ");
        if (SMITH.matcher(canonical).find()) {
            canonical = BARBELL.matcher(canonical).replaceAll("");
        }
        canonical = canonical.replaceAll("\\s+", " ").strip();
        return canonical.isEmpty() ? written : canonical;
    }

    private static int words(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
