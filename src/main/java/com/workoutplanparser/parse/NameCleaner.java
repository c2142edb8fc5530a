package com.workoutplanparser.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cleans a piece of unread text into a name: edge punctuation, unmatched brackets and dangling connector words go. */
final class NameCleaner {

    private NameCleaner() {
    }

    private static final List<String> EDGE_WORDS = List.of("at", "of", "for", "with", "w/", "x", "de", "à", "a", "con", "mit",
            "bei", "zu", "avec", "en", "y", "and", "then", "et", "und", "by", "on", "@", "total", "sets", "reps", "set",
            "rep", "each", "per", "the", "séries", "series", "sätze", "wdh", "wdh.", "répétitions", "repeticiones",
            "à", "ou", "or", "o", "oder", "puis", "dann", "luego", "then", "plus", "+", "rest", "work", "working");

    /**
     * Each edge word's place in {@link #EDGE_WORDS} (its first, for the words listed twice): the earliest listed word
     * at either edge goes first, as a walk down the list would find it. No edge word holds a space, so a word ends the
     * text exactly when it is the text's last space-separated piece, and starts it when it is the first.
     */
    private static final Map<String, Integer> EDGE_RANK = new HashMap<>();

    static {
        for (int k = EDGE_WORDS.size() - 1; k >= 0; k--) EDGE_RANK.put(EDGE_WORDS.get(k), k);
    }

    /** Strips edge punctuation, unmatched brackets and dangling connector words; keeps inner text as written. */
    static String clean(String seg) {
        String s = seg.strip();
        for (int guard = 0; guard < 20; guard++) {
            String before = s;
            s = stripEdgePunctuation(s);
            s = balanceBrackets(s);
            s = withoutEdgeWord(s);
            s = s.strip();
            if (s.equals(before)) break;
        }
        boolean hasLetter = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) { hasLetter = true; break; }
        }
        return hasLetter ? s : "";
    }

    /** The text without the dangling connector word at its start or end ("with", "x", "sets"); "" if it is one. */
    private static String withoutEdgeWord(String s) {
        String l = s.toLowerCase();
        int firstSpace = l.indexOf(' ');
        if (firstSpace < 0) {
            return EDGE_RANK.containsKey(l) ? "" : s;
        }
        String last = l.substring(l.lastIndexOf(' ') + 1);
        Integer lastRank = EDGE_RANK.get(last);
        Integer firstRank = EDGE_RANK.get(l.substring(0, firstSpace));
        if (lastRank != null && (firstRank == null || lastRank <= firstRank)) {
            return s.substring(0, s.length() - last.length() - 1);
        }
        if (firstRank != null) {
            return s.substring(firstSpace + 1);
        }
        return s;
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
