package com.workoutplanparser.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.F;

/**
 * Recognises structural lines: weeks, days (numbered, weekdays, splits like "Push A" or "Séance jambes"),
 * rest days, sections ("Warm-up") and blocks that group exercises (circuits, supersets, EMOM, AMRAP, 21-15-9).
 * A heading never carries a set/rep notation of its own; lines that do are exercise lines.
 */
final class HeadingReader {

    /**
     * A set/rep notation somewhere in the text: its presence means "exercise line", not heading. Every match starts
     * at a digit, which {@link #hasNotation} relies on.
     */
    private static final Pattern NOTATION = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,3}\\s?[x*]\\s?(?:\\d|max|amrap)|(?<![\\p{L}\\d])\\d{1,4}\\s?(?:kgs?|lbs?|%|reps?|sets?|séries|series|sätze|wdh|répétitions)(?![\\p{L}])", F);

    private static final Pattern WEEK = Pattern.compile(
            "^(?:week|wk|w|semaine|sem|semana|woche)\\.?\\s?#?(\\d{1,2})(?=$|[^\\p{L}\\d])\\s?[-:,/|.)]?\\s?(.*)$", F);
    private static final Pattern WEEK_DAY_COMPACT = Pattern.compile("^(w\\d{1,2})\\s?([d]\\d{1,2}(?:\\b.*)?)$", F);
    private static final Pattern DAY_NUMBERED = Pattern.compile(
            "^(?:day|jour|d[ií]a|tag|session|s[ée]ance|sesi[oó]n|einheit|workout|training|entra[iî]nement|entrenamiento|treino|sess[aã]o|giorno|allenamento|wod|trainingstag)\\s?#?\\s?(\\d{1,2}|[a-f])(?=$|[^\\p{L}\\d])(.*)$", F);
    private static final Pattern DAY_THEN_EXERCISE = Pattern.compile(
            "^((?:\\p{L}{3,12}|(?:day|jour|d[ií]a|tag|session|s[ée]ance)\\s?\\d{1,2}))\\s?[:\\-]\\s(.+)$", F);
    private static final Pattern PAREN_TAIL = Pattern.compile("\\s?\\([^)]{0,40}\\)$");
    private static final ExerciseLineReader EXERCISE_READER = new ExerciseLineReader();
    private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mo|di|mi|do|fr|sa|so|montag|dienstag"
            + "|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\.?,?";
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
            + "|august|september|october|november|december|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|januar|februar|märz|juni|juli"
            + "|oktober|dezember|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\.?";
    /** A session date as logs write it: "2026-08-13", "13.08.2026", "25.03", "12/30", "Mon 13 Aug", "August 13, 2026". */
    private static final Pattern DATE = Pattern.compile("^(?:" + WEEKDAY + "\\s?)?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"
            + "|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}\\.\\d{2}\\.?|\\d{1,2}/\\d{1,2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s" + MONTH + "(?:\\s\\d{4})?|" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?)"
            + "(?:\\s?(?:" + WEEKDAY + "))?(?:\\s?[-:,|(]\\s?[^\\d]{0,40}|\\s[\\p{L}][^\\d]{0,40})?$", F);

    Heading read(String norm) {
        boolean markdown = norm.startsWith("#");
        String t = undecorate(norm);
        if (t.isEmpty() || t.length() > 80) {
            return null;
        }
        String label = stripColon(t);
        String lower = Vocabulary.lower(label);

        Heading block = BlockHeadingReader.block(lower, label);
        if (block != null) return block;

        // "Tuesday: Intervals 6x400m", "Thursday: Tempo run 25 min": a day and its only exercise on one line
        Matcher dm = DAY_THEN_EXERCISE.matcher(label);
        if (hasDigit(label) && dm.matches() && hasDigit(dm.group(2))
                && isDayHeading(dm.group(1).strip()) == Heading.Type.DAY
                && EXERCISE_READER.read(dm.group(2).strip(), 0).status() == LineRead.Status.EXERCISE) {
            return new Heading(Heading.Type.DAY, dm.group(1).strip(), null, dm.group(2).strip(), null);
        }
        Heading section = section(label, lower);
        if (section != null) return section;
        if (hasNotation(t)) {
            return null;
        }
        Matcher m = WEEK_DAY_COMPACT.matcher(label);
        if (m.matches()) {
            return new Heading(Heading.Type.WEEK_DAY, label, m.group(1), null, null);
        }
        m = WEEK.matcher(label);
        if (m.matches()) {
            String rest = m.group(2).strip();
            if (rest.isEmpty() || isDayHeading(rest) != null) {
                if (!rest.isEmpty()) {
                    String weekPart = label.substring(0, label.length() - rest.length()).strip();
                    weekPart = stripTrailingSeparators(weekPart);
                    return new Heading(Heading.Type.WEEK_DAY, stripColon(rest), weekPart, null, null);
                }
                return new Heading(Heading.Type.WEEK, label, null, null, null);
            }
            if (Vocabulary.words(rest).size() <= 4 && !Vocabulary.hasExerciseWord(rest)) {
                return new Heading(Heading.Type.WEEK, label, null, null, null);
            }
        }
        if (DATE.matcher(label).matches()) {
            // a training log: each date starts a session
            return new Heading(Heading.Type.DAY, label, null, null, null);
        }
        Heading.Type dayType = isDayHeading(label);
        if (dayType != null) {
            return new Heading(dayType, label, null, null, null);
        }
        if (isSplitHeading(lower)) {
            return new Heading(Heading.Type.DAY, label, null, null, null);
        }
        if (markdown) {
            return new Heading(Heading.Type.MARKDOWN, label, null, null, null);
        }
        return null;
    }

    /** DAY or REST_DAY when the text is a day heading, else null. */
    private Heading.Type isDayHeading(String label) {
        String lower = Vocabulary.lower(label);
        List<String> ws = Vocabulary.words(lower);
        if (ws.isEmpty() || ws.size() > 9) return null;
        boolean rest = isRestDay(ws);
        Matcher m = DAY_NUMBERED.matcher(label);
        if (m.matches()) {
            return rest ? Heading.Type.REST_DAY : Heading.Type.DAY;
        }
        String first = ws.get(0);
        if (Vocabulary.WEEKDAYS.contains(first)) {
            // abbreviations ("sun", "sat") only count on their own or before a separator
            boolean full = first.length() > 4 || ws.size() == 1;
            int after = lower.indexOf(first) + first.length();
            boolean sep = after >= lower.length() || ":-–,.(/ ".indexOf(lower.charAt(after)) >= 0;
            if (full || sep) {
                return rest ? Heading.Type.REST_DAY : Heading.Type.DAY;
            }
        }
        if (rest && ws.size() <= 4) {
            return Heading.Type.REST_DAY;
        }
        // "Leg day", "Séance jambes", "Upper body day"
        boolean hasDayWord = false;
        boolean allKnown = true;
        boolean hasSplit = false;
        for (String w : ws) {
            if (Vocabulary.DAY_WORDS.contains(w)) hasDayWord = true;
            else if (Vocabulary.SPLIT_WORDS.contains(w)) hasSplit = true;
            else if (!Vocabulary.HEADING_FILLER.contains(w) && !isShortNumberOrLetter(w)) allKnown = false;
        }
        if (hasDayWord && hasSplit && allKnown) return Heading.Type.DAY;
        // "Kettlebell Day", "Arm day", "Heavy session": a short label ending in a day word
        String last = ws.get(ws.size() - 1);
        if (ws.size() >= 2 && ws.size() <= 3 && (last.equals("day") || last.equals("session") || last.equals("tag")
                || last.equals("workout")) && Vocabulary.sentenceWordCount(ws) == 0
                && !label.strip().endsWith(".") && lower.chars().noneMatch(Character::isDigit)) {
            return Heading.Type.DAY;
        }
        return null;
    }

    private static boolean isRestDay(List<String> ws) {
        boolean restWord = false;
        for (String w : ws) {
            if (Vocabulary.REST_DAY_WORDS.contains(w)) {
                restWord = true;
            } else if (!(Vocabulary.DAY_WORDS.contains(w) || Vocabulary.WEEKDAYS.contains(w) || isShortNumber(w)
                    || List.of("active", "complete", "full", "total", "and", "&", "+", "/", "day", "jour", "de", "día",
                    "or", "light", "rest", "-", "a", "b", "c", "d", "e", "f", "activo", "active", "actif", "aktiv").contains(w))) {
                return false;
            }
        }
        return restWord;
    }

    /** "Push A", "Upper 1", "Chest & Triceps", "Full Body": only split words and filler. */
    private static boolean isSplitHeading(String lower) {
        List<String> ws = Vocabulary.words(lower);
        if (ws.isEmpty() || ws.size() > 5) return false;
        boolean split = false;
        for (String w : ws) {
            if (Vocabulary.SPLIT_WORDS.contains(w)) split = true;
            else if (!Vocabulary.HEADING_FILLER.contains(w) && !Vocabulary.DAY_WORDS.contains(w)) return false;
        }
        return split;
    }

    private Heading section(String label, String lower) {
        String core = PAREN_TAIL.matcher(lower).replaceAll("").strip();
        core = stripColon(core);
        if (Vocabulary.SECTIONS.contains(core)) {
            return new Heading(Heading.Type.SECTION, label, null, null, null);
        }
        // "Warm-up: 5 min row" — a section with its first exercise on the same line
        int colon = label.indexOf(':');
        int sepLength = 1;
        int dash = label.indexOf(" - ");
        if (colon < 0 || (dash > 0 && dash < colon)) {
            colon = dash;
            sepLength = 3;
        }
        if (colon > 0) {
            String head = Vocabulary.lower(label.substring(0, colon)).strip();
            head = PAREN_TAIL.matcher(head).replaceAll("").strip();
            if (Vocabulary.SECTIONS.contains(head)) {
                String rem = label.substring(colon + sepLength).strip();
                return new Heading(Heading.Type.SECTION, label.substring(0, colon).strip(), null,
                        rem.isEmpty() ? null : rem, null);
            }
        }
        return null;
    }

    /** Whether the text holds a set/rep notation ({@link #NOTATION}). */
    static boolean hasNotation(String text) {
        return LinePatterns.findNearDigit(NOTATION, text, 0);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    static boolean isShortNumber(String w) {
        return (w.length() == 1 || w.length() == 2) && Character.isDigit(w.charAt(0))
                && Character.isDigit(w.charAt(w.length() - 1));
    }

    private static boolean isShortNumberOrLetter(String w) {
        return isShortNumber(w) || (w.length() == 1 && w.charAt(0) >= 'a' && w.charAt(0) <= 'f');
    }

    /** Removes markdown heading marks, emphasis and decoration: "## **Day 1** ##", "=== Week 2 ===", "[Day 3]". */
    static String undecorate(String norm) {
        String t = norm.strip();
        int a = 0;
        int b = t.length();
        while (a < b && "#*_=~[>|".indexOf(t.charAt(a)) >= 0) a++;
        while (b > a && "#*_=~]|".indexOf(t.charAt(b - 1)) >= 0) b--;
        t = t.substring(a, b).strip();
        // "--- Day 1 ---" but not "- Squat"
        if (t.startsWith("--")) t = t.replaceFirst("^-{2,}\\s?", "");
        if (t.endsWith("--")) t = t.replaceFirst("\\s?-{2,}$", "");
        return t.replace("**", "").replace("__", "").strip();
    }

    static String stripColon(String s) {
        String t = s.strip();
        while (t.endsWith(":") || t.endsWith("-") || t.endsWith("–")) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    private static String stripTrailingSeparators(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "-:,/|.)".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }
}
