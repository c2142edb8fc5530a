package com.workoutplanparser.parse;

import java.util.List;

/** Cleans a piece of unread text into a name: edge punctuation, unmatched brackets and dangling connector words go. */
final class NameCleaner {

    private NameCleaner() {
    }

    private static final List<String> EDGE_WORDS = List.of("at", "of", "for", "with", "w/", "x", "de", "à", "a", "con", "mit",
            "bei", "zu", "avec", "en", "y", "and", "then", "et", "und", "by", "on", "@", "total", "sets", "reps", "set",
            "rep", "each", "per", "the", "séries", "series", "sätze", "wdh", "wdh.", "répétitions", "repeticiones",
            "à", "ou", "or", "o", "oder", "puis", "dann", "luego", "then", "plus", "+", "rest", "work", "working");

    private static final String[] EDGE_SUFFIXES = EDGE_WORDS.stream().map(w -> " " + w).toArray(String[]::new);
    private static final String[] EDGE_PREFIXES = EDGE_WORDS.stream().map(w -> w + " ").toArray(String[]::new);

    /** Strips edge punctuation, unmatched brackets and dangling connector words; keeps inner text as written. */
    static String clean(String seg) {
        String s = seg.strip();
        for (int guard = 0; guard < 20; guard++) {
            String before = s;
            s = stripEdgePunctuation(s);
            s = balanceBrackets(s);
            String l = s.toLowerCase();
            for (int k = 0; k < EDGE_WORDS.size(); k++) {
                String w = EDGE_WORDS.get(k);
                if (l.equals(w)) { s = ""; break; }
                if (l.endsWith(EDGE_SUFFIXES[k])) { s = s.substring(0, s.length() - w.length() - 1); break; }
                if (l.startsWith(EDGE_PREFIXES[k])) { s = s.substring(w.length() + 1); break; }
            }
            s = s.strip();
            if (s.equals(before)) break;
        }
        boolean hasLetter = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) { hasLetter = true; break; }
        }
        return hasLetter ? s : "";
    }

    private static String stripEdgePunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isEdge(s.charAt(a))) a++;
        while (b > a && isEdge(s.charAt(b - 1))) b--;
        return s.substring(a, b).strip();
    }

    private static boolean isEdge(char c) {
        return c == ' ' || c == ':' || c == '-' || c == ',' || c == ';' || c == '@' || c == '|' || c == '.' || c == '/'
                || c == '+' || c == '=' || c == '*' || c == '#' || c == '~' || c == '>' || c == '_' || c == '!'
                || c == '?' || c == '&' || c == '\'' || c == '"' || c == LineScan.MASK;
    }

    /** Drops brackets left without their partner once the notation inside them was read: "(récup 3 min)". */
    private static String balanceBrackets(String s) {
        if (s.isEmpty()) return s;
        int open = 0;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                int close = s.indexOf(c == '(' ? ')' : ']', i);
                if (close < 0) continue;
                open++;
            } else if (c == ')' || c == ']') {
                if (open == 0) continue;
                open--;
            }
            sb.append(c);
        }
        String r = sb.toString().strip();
        // "()" or "( )" left behind
        return r.replace("()", "").replace("( )", "").replace("[]", "").strip();
    }
}
