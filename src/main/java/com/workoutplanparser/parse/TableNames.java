package com.workoutplanparser.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The exercise name of a table's name cell and nothing else: markdown links keep their text, wiki links
 * ("[[Squat Progression]]") their target, emphasis marks go, and a choice wording ("Pick one from …") is not part
 * of the name. A row whose name is only "Rest" is the rest after the row above, not an exercise.
 */
final class TableNames {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]]+)]]");
    private static final Pattern CHOICE = Pattern.compile(
            "(?i)^(?:pick|choose|select)\\s+(?:one|an exercise)\\s+(?:from|of)\\s+|^(?:chosen|selected)\\s+exercise\\s+(?:from|of)\\s+"
                    + "|^(?:your\\s+)?choice\\s+of\\s+");
    private static final Set<String> REST = Set.of("rest", "repos", "récupération", "recuperation", "descanso", "pause",
            "pausa", "ruhe", "rest period", "riposo", "descanso entre series");

    private TableNames() {
    }

    static String clean(String cell) {
        if (cell == null) return null;
        String t = WIKI_LINK.matcher(cell).replaceAll("$1");
        t = LINK.matcher(t).replaceAll("$1");
        t = t.replace("**", "").replace("__", "").strip();
        if (t.length() > 2 && (t.startsWith("*") && t.endsWith("*") || t.startsWith("_") && t.endsWith("_"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        t = CHOICE.matcher(t).replaceFirst("").strip();
        if (t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
        return t.isEmpty() ? null : t;
    }

    static boolean isRest(String name) {
        return name != null && REST.contains(name.toLowerCase(Locale.ROOT));
    }
}
