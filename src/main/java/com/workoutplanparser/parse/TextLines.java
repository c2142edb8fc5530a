package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into lines and normalises each line for reading.
 * Splitting is defined here once so that tests can count lines the same way the parser does
 * (every line must get exactly one reading).
 */
public final class TextLines {

    private TextLines() {
    }

    /** Splits on CRLF, CR or LF. A null text has no lines; an empty text has one (blank) line. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * Rewrites the typographic variants people paste from phones, Word and web pages into the plain forms
     * the readers expect: NBSP and tabs become spaces, the multiplication sign becomes x, dashes become '-',
     * vulgar fractions become decimals, and runs of spaces collapse. Lengths change, so readers work on this
     * text only and never index back into the raw line.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        boolean lastSpace = true; // drops leading spaces
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String rep = null;
            switch (c) {
                case '\t', '\u00A0', '\u2007', '\u202F', '\u2009', '\u2002', '\u2003', '\u3000', '\u000B', '\f' -> c = ' ';
                case '\u200B', '\uFEFF', '\u200E', '\u200F' -> { continue; }
                case '\u00D7', '\u2715', '\u2716', '\u2A2F' -> c = 'x';
                case '\u2013', '\u2014', '\u2212', '\u2010', '\u2011', '\u2012', '\u2015' -> c = '-';
                case '\u2018', '\u2019', '\u2032', '\u00B4' -> c = '\'';
                case '\u201C', '\u201D', '\u2033', '\u201E' -> c = '"';
                case '\u2022', '\u25AA', '\u25CF', '\u25E6', '\u2043', '\u2219', '\u00B7', '\u25A1', '\u2610', '\u2611', '\u2705', '\u27A2', '\u2192' -> c = '-';
                case '\u00BD' -> rep = fraction(sb, ".5");
                case '\u00BC' -> rep = fraction(sb, ".25");
                case '\u00BE' -> rep = fraction(sb, ".75");
                case '\u2026' -> rep = "...";
                case '\uFF05' -> c = '%';
                default -> { }
            }
            if (rep != null) {
                sb.append(rep);
                lastSpace = false;
                continue;
            }
            if (c == ' ') {
                if (!lastSpace) {
                    sb.append(' ');
                }
                lastSpace = true;
            } else if (Character.isISOControl(c)) {
                // stray control characters carry nothing readable
                continue;
            } else {
                sb.append(c);
                lastSpace = false;
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    /** "2½" reads as 2.5; a lone "½" as 0.5. */
    private static String fraction(StringBuilder sb, String decimal) {
        boolean afterDigit = sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1));
        return afterDigit ? decimal : "0" + decimal;
    }
}
