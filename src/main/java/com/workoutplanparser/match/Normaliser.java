package com.workoutplanparser.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a written exercise name into the canonical token form used by the index and the scorer.
 * The same function is applied to catalog names, aliases and queries, so it only has to be consistent,
 * not linguistically perfect: "Bench-Presses w/ DBs" and "dumbbell bench press" both become
 * {@code dumbbell bench press}.
 *
 * <p>Steps: lower-case; accents stripped (NFD), ß→ss, German digraphs ae/oe/ue folded (people typing
 * "Bankdruecken" without umlauts); "&amp;" and "+" → "and"; apostrophes dropped; every other non-letter
 * or digit splits tokens; per token: abbreviation and typo expansion (db→dumbbell, bb→barbell, pres→press…),
 * foreign equipment words folded to English (mancuernas→dumbbell, Langhantel→barbell…), plural stripped
 * (squats→squat, presses→press, flyes/flies→fly, but press/cross/biceps-style endings kept), filler words
 * dropped (the, with, de, con, mit, avec, com, di…).
 *
 * <p>Stateless and thread-safe.
 */
public final class Normaliser {

    private Normaliser() {
    }

    /**
     * Abbreviations, frequent gym misspellings ({@code match/rewrites.tsv}) and the {@link ForeignWords} (equipment,
     * modifiers, movements) as one lookup; a value may hold several tokens.
     */
    static final Map<String, String> REWRITE = WordTables.union(WordTables.pairs("rewrites.tsv"),
            ForeignWords.EQUIPMENT, ForeignWords.MODIFIERS, ForeignWords.MOVEMENTS);

    /** Words that carry no identity in an exercise name, in the catalog's languages ({@code match/filler.txt}). */
    static final Set<String> FILLER = WordTables.words("filler.txt");

    /** Canonical token string (tokens joined by one space); "" when nothing is left. */
    public static String normalise(String s) {
        return String.join(" ", tokens(s));
    }

    /** Canonical tokens, in written order. */
    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        // NFKC first: full-width letters and digits become ASCII, half-width katakana full-width
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("&", " and ").replace("+", " and ").replace("w/", " with ")
                .replace("'", "").replace("’", "").replace("`", "").replace("´", "");
        n = Normalizer.normalize(longVowelMarks(n), Normalizer.Form.NFD);
        StringBuilder tok = new StringBuilder();
        boolean latin = true;
        List<String> dropped = new ArrayList<>(2);
        for (int i = 0; i <= n.length(); i++) {
            char c = i < n.length() ? n.charAt(i) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (!latin && tok.length() > 0 && tok.charAt(tok.length() - 1) >= 0x0530) {
                    // a kana voicing mark: recomposed below, not stripped (accents of Latin, Greek and
                    // Cyrillic letters are stripped: "лёжа" is written "лежа" as often)
                    tok.append(c);
                }
                continue;
            }
            boolean latinChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean otherScript = !latinChar && c >= 0x0250 && Character.isLetterOrDigit(c);
            if ((latinChar || otherScript) && (tok.length() == 0 || latin == latinChar)) {
                tok.append(c);
                latin = latinChar;
                continue;
            }
            if (tok.length() > 0) {
                addWord(tok.toString(), latin, out, dropped);
                tok.setLength(0);
            }
            if (latinChar || otherScript) {
                tok.append(c); // a change of script starts a word: "ezバー" is "ez" and "バー"
                latin = latinChar;
            }
        }
        // a name made only of filler words ("du" = double-under, "su" = single-under) keeps them
        return out.isEmpty() ? dropped : phrases(out);
    }

    /** Two-word names of other languages ("peso muerto", "barra fixa") replaced by their English tokens. */
    private static List<String> phrases(List<String> tokens) {
        boolean any = false;
        for (int i = 0; i + 1 < tokens.size() && !any; i++) {
            any = ForeignWords.PHRASE_STARTS.contains(tokens.get(i));
        }
        if (!any) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            List<String> english = i + 1 < tokens.size()
                    ? ForeignWords.PHRASES.get(tokens.get(i) + " " + tokens.get(i + 1)) : null;
            if (english != null) {
                out.addAll(english);
                i++;
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** A word of Latin letters as a token; a word of another script recomposed (NFC), kana folded to English. */
    private static void addWord(String word, boolean latin, List<String> out, List<String> dropped) {
        if (latin) {
            addToken(word, out, dropped);
            return;
        }
        String composed = Normalizer.normalize(word, Normalizer.Form.NFC);
        if (!Katakana.isKanaOrKanji(composed.charAt(0))) {
            out.add(composed);
            return;
        }
        for (String part : Katakana.fold(composed).split(" ")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.charAt(0) < 0x0250) {
                addToken(part, out, dropped); // a loanword folded to English
            } else {
                out.add(part); // kana/kanji not known as a loanword: kept as written
            }
        }
    }

    /** Dashes typed inside katakana for the long vowel mark ("ロ-"), and its variants, become "ー". */
    static String longVowelMarks(String s) {
        StringBuilder b = null;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dash = c == '-' || c == '\u2010' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                    || c == '\u2015' || c == '\u2212' || c == '\uFF5E' || c == '\u301C';
            if (dash && Katakana.isKana(s.charAt(i - 1))) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, '\u30FC');
            }
        }
        return b == null ? s : b.toString();
    }

    private static void addToken(String raw, List<String> out, List<String> dropped) {
        String t = raw;
        String rewritten = REWRITE.get(t);
        if (rewritten == null) {
            t = foldDigraphs(singular(t));
            rewritten = REWRITE.get(t);
        }
        if (rewritten != null) {
            for (String part : rewritten.split(" ")) {
                out.add(part);
            }
            return;
        }
        if (FILLER.contains(t)) {
            dropped.add(t);
        } else {
            out.add(t);
        }
    }

    /** "ue"→"u", "oe"→"o", "ae"→"a": German typed without umlauts meets the accent-stripped form. */
    static String foldDigraphs(String t) {
        if (t.length() < 4 || (t.indexOf('e') < 0)) {
            return t;
        }
        return t.replace("ue", "u").replace("oe", "o").replace("ae", "a");
    }

    /** Strips an English/Romance plural ending; consistent rather than exact (biceps→bicep on both sides). */
    static String singular(String t) {
        int len = t.length();
        if (len < 3 || !Character.isLetter(t.charAt(len - 1))) {
            return t;
        }
        if (len == 3) { // ups → up, dls → dl, gms → gm
            return t.charAt(2) == 's' && t.charAt(1) != 's' && t.charAt(1) != 'u' && t.charAt(1) != 'i'
                    ? t.substring(0, 2) : t;
        }
        if (t.endsWith("ies") && len > 4) {
            return t.substring(0, len - 3) + "y";
        }
        if (t.endsWith("yes")) {
            return t.substring(0, len - 2);
        }
        if (t.endsWith("sses") || t.endsWith("ches") || t.endsWith("shes") || t.endsWith("xes") || t.endsWith("zzes")) {
            return t.substring(0, len - 2);
        }
        if (t.endsWith("ss") || t.endsWith("us") || t.endsWith("is")) {
            return t;
        }
        if (t.endsWith("s")) {
            return t.substring(0, len - 1);
        }
        return t;
    }

    /**
     * German-style compounds of a normalised name split into known words: "schragbankdrucken" →
     * "incline bankdrucken" when "schrag" is a rewrite and "bankdrucken" a catalog word. Null when no token
     * of the name splits.
     */
    static String decompound(String normalised, Set<String> vocabulary) {
        String[] toks = normalised.split(" ");
        boolean changed = false;
        for (int i = 0; i < toks.length; i++) {
            String t = toks[i];
            if (t.length() < 7 || REWRITE.containsKey(t)) {
                continue;
            }
            for (int cut = 3; cut <= t.length() - 3; cut++) {
                String a = part(t.substring(0, cut), vocabulary);
                String b = a == null ? null : part(t.substring(cut), vocabulary);
                if (a != null && b != null) {
                    toks[i] = a + " " + b;
                    changed = true;
                    break;
                }
            }
        }
        return changed ? String.join(" ", toks) : null;
    }

    private static String part(String p, Set<String> vocabulary) {
        String r = REWRITE.get(p);
        if (r != null) {
            return r;
        }
        if (vocabulary.contains(p) && !FILLER.contains(p)) {
            return p;
        }
        return null;
    }

    /** The tokens without spaces: "pull up" and "pullup" meet here. */
    static String compact(String normalised) {
        return normalised.replace(" ", "");
    }
}
