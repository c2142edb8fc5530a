package com.workoutplanparser.match;

import java.util.Map;

/**
 * Japanese gym names are mostly English loanwords in katakana ("ダンベルベンチプレス" = dumbbell bench press),
 * written without spaces. A word in katakana is split greedily into the longest loanwords known here and
 * each is folded to its English word, so a Japanese name meets the English catalog names token by token;
 * what is not known stays as a katakana token (and can still meet a {@code ja} alias of the catalog, which
 * is folded the same way). A few kanji words for exercises with no loanword are folded too.
 */
final class Katakana {

    private Katakana() {
    }

    /** Loanword (or kanji word) to its English tokens, from {@code match/katakana.tsv}. */
    static final Map<String, String> LOANWORDS = WordTables.pairs("katakana.tsv");

    private static final int LONGEST = LOANWORDS.keySet().stream().mapToInt(String::length).max().orElse(1);

    static boolean isKana(char c) {
        return (c >= '\u30A0' && c <= '\u30FF') || (c >= '\u3040' && c <= '\u309F');
    }

    static boolean isKanaOrKanji(char c) {
        return isKana(c) || (c >= '\u4E00' && c <= '\u9FFF');
    }

    /** A word in kana/kanji as English loanword tokens joined by spaces, unknown runs kept as they are. */
    static String fold(String word) {
        StringBuilder out = new StringBuilder();
        StringBuilder unknown = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            String hit = null;
            for (int len = Math.min(LONGEST, word.length() - i); len >= 1 && hit == null; len--) {
                hit = LOANWORDS.get(word.substring(i, i + len));
                if (hit != null) {
                    flush(unknown, out);
                    out.append(out.length() > 0 ? " " : "").append(hit);
                    i += len;
                }
            }
            if (hit == null) {
                unknown.append(word.charAt(i++));
            }
        }
        flush(unknown, out);
        return out.toString();
    }

    private static void flush(StringBuilder unknown, StringBuilder out) {
        if (unknown.length() > 0) {
            out.append(out.length() > 0 ? " " : "").append(unknown);
            unknown.setLength(0);
        }
    }
}
