package com.workoutplanparser.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.BE;
import static com.workoutplanparser.parse.LinePatterns.BS;
import static com.workoutplanparser.parse.LinePatterns.F;
import static com.workoutplanparser.parse.LinePatterns.REPWORD;
import static com.workoutplanparser.parse.LinePatterns.SETWORD;

/**
 * What a line starts with before its exercise: bullets and numbering, superset labels ("A1."), "Set 2:",
 * "Min 1-5:". Also rewrites decimal commas ("12,5 kg") and number words ("three sets") before the notation readers run.
 */
final class LinePrefixes {

    private LinePrefixes() {
    }

    private static final Pattern BULLET = Pattern.compile("^(?:[-*+>~]+|\\[[ xX]?\\]|\\(\\d{1,2}\\)|#\\d{1,2}|\\d{1,2}[.)](?=\\s)|[A-Za-z][.)](?=\\s))\\s?");
    private static final Pattern SUPERSET_LABEL = Pattern.compile("^([A-Za-z])\\s?([1-9])(?:\\s?[.):-]\\s?|\\s)");
    private static final Pattern NUMBERED_PAIR = Pattern.compile("^(\\d{1,2})([a-eA-E])(?:\\s?[.):-]\\s?|\\s)");
    private static final Pattern SET_PREFIX = Pattern.compile("^(?:set|série|serie|satz|s)\\s?\\d{1,2}\\s?[:.)-]\\s?", F);
    private static final Pattern MINUTE_PREFIX = Pattern.compile("^(?:min(?:ute)?\\s?\\d{1,2}(?:\\s?-\\s?\\d{1,2})?|odd(?: minutes?)?|even(?: minutes?)?|\\d{1,2}(?:st|nd|rd|th) min(?:ute)?)\\s?[:.)-]\\s?", F);
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,])(\\d{1,4}),(\\d)(?=\\s?(?:kg|lb|%|km|kilo))", F);
    private static final Pattern NUMBER_WORD;

    static {
        StringBuilder alt = new StringBuilder();
        for (String[] nw : Vocabulary.NUMBER_WORDS) {
            if (alt.length() > 0) alt.append('|');
            alt.append(nw[0]);
        }
        NUMBER_WORD = Pattern.compile(BS + "(" + alt + ")(?=\\s(?:x\\s)?(?:" + SETWORD + "|" + REPWORD + "|minutes?|min|sets|reps)" + BE
                + ")|(?<=(?:of|de|à|zu) )(" + alt + ")(?=\\s" + REPWORD + BE + ")", F);
    }

    /** "1'30''", "1'30\"": minutes and seconds, rewritten as the clock form "1:30" the readers know. */
    private static final Pattern MINUTE_SECOND = Pattern.compile("(?<![\\d'])(\\d{1,2})'\\s?(\\d{2})\\s?(?:''|\"|s\\b)?");

    /** Strips the prefixes of s.work, noting bullets, superset labels and one-set rows on the scan. */
    static void strip(LineScan s) {
        if (hasFullWidth(s.work)) {
            // "８回ｘ５セット": full-width digits and signs are the ASCII ones; NFKC leaves other text as written
            s.work = java.text.Normalizer.normalize(s.work, java.text.Normalizer.Form.NFKC);
        }
        if (s.work.indexOf('\'') >= 0) s.work = MINUTE_SECOND.matcher(s.work).replaceAll("$1:$2");
        for (int guard = 0; guard < 4 && mayHavePrefix(s.work); guard++) {
            String before = s.work;
            Matcher m = BULLET.matcher(s.work);
            if (m.lookingAt() && m.end() > 0) {
                s.bulleted = true;
                s.work = s.work.substring(m.end()).strip();
            }
            m = SUPERSET_LABEL.matcher(s.work);
            if (m.lookingAt() && !s.work.substring(m.end()).isBlank() && Character.isLetterOrDigit(s.work.substring(m.end()).strip().charAt(0))) {
                s.d.superset = m.group(1).toUpperCase();
                s.bulleted = true;
                s.work = s.work.substring(m.end()).strip();
            }
            m = NUMBERED_PAIR.matcher(s.work);
            if (m.lookingAt()) {
                s.d.superset = m.group(1);
                s.bulleted = true;
                s.work = s.work.substring(m.end()).strip();
            }
            m = SET_PREFIX.matcher(s.work);
            if (m.lookingAt() && m.end() < s.work.length()) {
                s.d.singleSetRow = true;
                s.work = s.work.substring(m.end()).strip();
            }
            m = MINUTE_PREFIX.matcher(s.work);
            if (m.lookingAt()) {
                s.work = s.work.substring(m.end()).strip();
            }
            if (s.work.equals(before)) break;
        }
        if (s.work.indexOf(',') >= 0) s.work = DECIMAL_COMMA.matcher(s.work).replaceAll("$1.$2");
        String l = s.work.toLowerCase(java.util.Locale.ROOT);
        if (s.work.length() < 200 && (l.contains("set") || l.contains("rep") || l.contains("séri") || l.contains("seri")
                || l.contains("sätz") || l.contains("satz") || l.contains("wdh") || l.contains("round") || l.contains("min"))) {
            s.work = replaceNumberWords(s.work);
        }
    }

    private static boolean hasFullWidth(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') return true;
        }
        return false;
    }

    /** Prefix patterns only run when the line starts the way a bullet, label or "Set 1:" does. */
    private static boolean mayHavePrefix(String w) {
        if (w.length() < 2) return false;
        char a = Character.toLowerCase(w.charAt(0));
        char b = w.charAt(1);
        if (!Character.isLetter(a)) return true;
        if (Character.isDigit(b) || b == '.' || b == ')' || (b == ' ' && w.length() > 2 && Character.isDigit(w.charAt(2)))) return true;
        return a == 's' || a == 'm' || a == 'o' || a == 'e';
    }

    private static String replaceNumberWords(String w) {
        Matcher m = NUMBER_WORD.matcher(w);
        if (!m.find()) return w;
        StringBuilder sb = new StringBuilder();
        m.reset();
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            String digit = word;
            for (String[] nw : Vocabulary.NUMBER_WORDS) {
                if (nw[0].equalsIgnoreCase(word)) { digit = nw[1]; break; }
            }
            m.appendReplacement(sb, digit);
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
