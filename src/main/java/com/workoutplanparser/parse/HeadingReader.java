package com.workoutplanparser.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises structural lines: weeks, days (numbered, weekdays, splits like "Push A" or "Séance jambes"),
 * rest days, sections ("Warm-up") and blocks that group exercises (circuits, supersets, EMOM, AMRAP, 21-15-9).
 * A heading never carries a set/rep notation of its own; lines that do are exercise lines.
 */
final class HeadingReader {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A set/rep notation somewhere in the text: its presence means "exercise line", not heading. */
    static final Pattern NOTATION = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,3}\\s?[x*]\\s?(?:\\d|max|amrap)|(?<![\\p{L}\\d])\\d{1,4}\\s?(?:kgs?|lbs?|%|reps?|sets?|séries|series|sätze|wdh|répétitions)(?![\\p{L}])", F);

    private static final Pattern WEEK = Pattern.compile(
            "^(?:week|wk|w|semaine|sem|semana|woche)\\.?\\s?#?(\\d{1,2})(?=$|[^\\p{L}\\d])\\s?[-:,/|.)]?\\s?(.*)$", F);
    private static final Pattern WEEK_DAY_COMPACT = Pattern.compile("^(w\\d{1,2})\\s?([d]\\d{1,2}(?:\\b.*)?)$", F);
    private static final Pattern DAY_NUMBERED = Pattern.compile(
            "^(?:day|jour|d[ií]a|tag|session|s[ée]ance|sesi[oó]n|einheit|workout|training|entra[iî]nement|entrenamiento|wod|trainingstag)\\s?#?\\s?(\\d{1,2}|[a-f])(?=$|[^\\p{L}\\d])(.*)$", F);
    private static final Pattern ENDS_WITH_OF = Pattern.compile("(?:^|\\s)(?:of|de|von)$", F);
    private static final Pattern TEMPO_SHAPE = Pattern.compile("\\d-\\d-\\d-\\d");
    private static final Pattern REST_WORDS = Pattern.compile("rest|repos|récup|descanso|pause", F);
    private static final Pattern DAY_THEN_EXERCISE = Pattern.compile(
            "^((?:\\p{L}{3,12}|(?:day|jour|d[ií]a|tag|session|s[ée]ance)\\s?\\d{1,2}))\\s?[:\\-]\\s(.+)$", F);
    private static final Pattern ROUNDS = Pattern.compile(
            "^(\\d{1,2})\\s?(?:x\\s?)?(?:rounds?|rds|rft|tours?|rondas?|runden|circuits?|vueltas?)(?![\\p{L}])(.*)$", F);
    private static final Pattern SETS_OF = Pattern.compile("^(\\d{1,2})\\s?(?:sets?|séries|series|sätze)\\s?(?:of|de|von)?\\s?:$", F);
    private static final Pattern GROUP = Pattern.compile(
            "^(circuit|circuito|circuits|zirkel|zirkeltraining|parcours|superset|super set|super-set|supersérie|superserie|superserie|tri-?set|giant set|bi-?set|ss|couplet|triplet|chipper)(?![\\p{L}])\\s?([a-wyz](?![\\p{L}\\d])|\\d{1,2}(?![\\p{L}\\d]))?(.*)$", F);
    private static final Pattern EMOM = Pattern.compile(
            "^(?:e(\\d)mom|emom|otm)\\s?(?:x\\s?|for\\s)?(\\d{1,3})?\\s?(?:min(?:utes?)?|')?(.*)$", F);
    private static final Pattern EMOM_AFTER = Pattern.compile("^(\\d{1,3})\\s?(?:min(?:ute)?s?|')?\\s?(?:e(\\d)mom|emom)(.*)$", F);
    private static final Pattern EVERY = Pattern.compile("^every\\s(\\d{1,2})?\\s?(?:min(?:utes?)?|')\\s?(?:x|for)\\s?(\\d{1,3})(.*)$", F);
    private static final Pattern AMRAP = Pattern.compile("^amrap\\s?(?:in\\s)?(\\d{1,3})?\\s?(?:min(?:utes?)?|')?(.*)$", F);
    private static final Pattern AMRAP_AFTER = Pattern.compile("^(\\d{1,3})\\s?(?:min(?:ute)?s?|')?\\s?amrap(.*)$", F);
    private static final Pattern FOR_TIME = Pattern.compile("^(?:for time|rft|chrono|por tiempo|auf zeit)\\s?:?$", F);
    private static final Pattern SCHEME = Pattern.compile("^(\\d{1,2}(?:\\s?-\\s?\\d{1,2}){2,9})\\s?(?:reps?)?\\s?(?:for time|of|de|:)?(.*)$", F);
    private static final Pattern TABATA = Pattern.compile("^tabata(?![\\p{L}])(.*)$", F);
    private static final Pattern ROUNDS_IN_TEXT = Pattern.compile("(?:x\\s?(\\d{1,2})(?!\\d)|(\\d{1,2})\\s?(?:rounds?|sets?|tours?|x|rondas?|runden|vueltas?|durchgänge)(?![\\p{L}]))", F);
    private static final Pattern PAREN_TAIL = Pattern.compile("\\s?\\([^)]{0,40}\\)$");
    private static final Pattern SECTION_PREFIX = Pattern.compile("^(metcon|wod|finisher|conditioning|workout|part [a-c]|block [a-c]|[a-c]\\))\\s?[:.-]?\\s?(.+)$", F);
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

        Heading block = block(lower, label);
        if (block != null) return block;

        // "Tuesday: Intervals 6x400m", "Thursday: Tempo run 25 min": a day and its only exercise on one line
        Matcher dm = DAY_THEN_EXERCISE.matcher(label);
        if (dm.matches() && hasDigit(dm.group(2)) && isDayHeading(dm.group(1).strip()) == Heading.Type.DAY
                && EXERCISE_READER.read(dm.group(2).strip(), 0).status() == LineRead.Status.EXERCISE) {
            return new Heading(Heading.Type.DAY, dm.group(1).strip(), null, dm.group(2).strip(), null);
        }
        Heading section = section(label, lower);
        if (section != null) return section;
        if (NOTATION.matcher(t).find()) {
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

    /** Circuit and superset headings; they may carry numbers (rounds, minutes), so they are checked first. */
    private Heading block(String lower, String label) {
        String l = lower;
        if (!mayBeBlock(l)) return null;
        Matcher pm = SECTION_PREFIX.matcher(l);
        if (pm.matches()) {
            Heading inner = block(pm.group(2).strip(), label);
            if (inner != null) return inner;
        }
        Matcher m = ROUNDS.matcher(l);
        if (m.matches() && exerciseAfterColon(m.group(2)) != null) {
            return withExercise(blockHeading(label, new Heading.Block(Heading.Block.Kind.ROUNDS,
                    Integer.parseInt(m.group(1)), null, null, null, null, null)), remainderOf(label, m.group(2)));
        }
        if (m.matches() && blockTail(m.group(2))) {
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.ROUNDS, Integer.parseInt(m.group(1)), null,
                    null, null, null, rest(m.group(2))));
        }
        m = SETS_OF.matcher(label.endsWith(":") ? l + ":" : l + ":");
        if (ENDS_WITH_OF.matcher(label).find() && m.matches()) {
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.ROUNDS, Integer.parseInt(m.group(1)), null,
                    null, null, null, null));
        }
        m = GROUP.matcher(l);
        if (m.matches() && blockTail(m.group(3))) {
            Integer rounds = null;
            Matcher r = ROUNDS_IN_TEXT.matcher(m.group(3));
            if (r.find()) rounds = Integer.parseInt(r.group(1) != null ? r.group(1) : r.group(2));
            String tag = m.group(2) == null ? null : m.group(2).toUpperCase();
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.SUPERSET, rounds, tag, null, null, null,
                    rest(m.group(3))));
        }
        m = EMOM.matcher(l);
        if (m.matches() && (m.group(2) != null || m.group(3).isBlank() || m.group(3).strip().startsWith(":"))) {
            Integer interval = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            Integer minutes = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            Heading h = blockHeading(label, new Heading.Block(Heading.Block.Kind.EMOM, null, null, minutes, interval, null, null));
            if (exerciseAfterColon(m.group(3)) != null) return withExercise(h, remainderOf(label, m.group(3)));
            if (blockTail(m.group(3))) return h;
        }
        m = EMOM_AFTER.matcher(l);
        if (m.matches() && blockTail(m.group(3))) {
            Integer interval = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.EMOM, null, null,
                    Integer.parseInt(m.group(1)), interval, null, null));
        }
        m = EVERY.matcher(l);
        if (m.matches() && blockTail(m.group(3))) {
            int interval = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            int times = Integer.parseInt(m.group(2));
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.EMOM, null, null, times * interval, interval,
                    null, null));
        }
        m = AMRAP.matcher(l);
        if (m.matches()) {
            Integer minutes = m.group(1) == null ? null : Integer.parseInt(m.group(1));
            Heading h = blockHeading(label, new Heading.Block(Heading.Block.Kind.AMRAP, null, null, minutes, null, null, null));
            if (exerciseAfterColon(m.group(2)) != null) return withExercise(h, remainderOf(label, m.group(2)));
            if (blockTail(m.group(2))) return h;
        }
        m = AMRAP_AFTER.matcher(l);
        if (m.matches() && blockTail(m.group(2))) {
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.AMRAP, null, null,
                    Integer.parseInt(m.group(1)), null, null, null));
        }
        if (FOR_TIME.matcher(l).matches()) {
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.FOR_TIME, null, null, null, null, null, null));
        }
        m = SCHEME.matcher(l);
        if (m.matches() && blockTail(m.group(2)) && !isTempo(m.group(1))) {
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.REP_SCHEME, null, null, null, null,
                    m.group(1).replace(" ", ""), null));
        }
        m = TABATA.matcher(l);
        if (m.matches() && blockTail(m.group(1))) {
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.TABATA, 8, null, null, null, null, 10));
        }
        return null;
    }

    /** The tail as written in the label (the matchers ran on a lower-case copy), without its leading colon. */
    private static String remainderOf(String label, String lowerTail) {
        String t = label.substring(Math.max(0, label.length() - lowerTail.length())).strip();
        return t.startsWith(":") ? t.substring(1).strip() : t;
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

    private static final List<String> BLOCK_STARTS = List.of("circuit", "super", "tri", "giant", "bi", "ss", "couplet",
            "triplet", "chipper", "emom", "e2mom", "e3mom", "e4mom", "otm", "every", "amrap", "for time", "rft", "chrono",
            "por tiempo", "auf zeit", "tabata", "metcon", "wod", "finisher", "conditioning", "workout", "part ", "block ",
            "a)", "b)", "c)");

    /** Cheap test before the block patterns: blocks start with a number or one of a few words. */
    private static boolean mayBeBlock(String l) {
        if (l.isEmpty()) return false;
        if (Character.isDigit(l.charAt(0))) return true;
        for (String s : BLOCK_STARTS) if (l.startsWith(s)) return true;
        return false;
    }

    private static boolean isTempo(String scheme) {
        return scheme.length() == 7 && TEMPO_SHAPE.matcher(scheme).matches();
    }

    /** What may follow a block heading: "of:", "for time", "(rest 2 min)", a label; never an exercise. */
    private static boolean blockTail(String tail) {
        if (tail == null) return true;
        String t = tail.strip();
        if (t.isEmpty()) return true;
        if (t.length() > 50) return false;
        if (Vocabulary.hasExerciseWord(REST_WORDS.matcher(t).replaceAll(""))) return false;
        return !NOTATION.matcher(t).find();
    }

    private static Integer rest(String tail) {
        if (tail == null || tail.isBlank()) return null;
        LineRead r = EXERCISE_READER.read(tail, 0);
        return r.draft() == null ? null : r.draft().restSeconds;
    }

    private static Heading blockHeading(String label, Heading.Block b) {
        return new Heading(Heading.Type.BLOCK, label, null, null, b);
    }

    /** "E2MOM x 10: 3 power cleans @ 75%": the block and its exercise on one line. */
    private static String exerciseAfterColon(String tail) {
        if (tail == null) return null;
        String t = tail.strip();
        if (!t.startsWith(":")) return null;
        String rest = t.substring(1).strip();
        if (rest.isEmpty()) return null;
        return EXERCISE_READER.read(rest, 0).status() == LineRead.Status.EXERCISE ? rest : null;
    }

    private static Heading withExercise(Heading h, String exercise) {
        return new Heading(h.type(), h.label(), h.week(), exercise, h.block());
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
