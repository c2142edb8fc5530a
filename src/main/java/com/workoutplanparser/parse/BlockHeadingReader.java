package com.workoutplanparser.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.workoutplanparser.parse.LinePatterns.F;

/**
 * Circuit, superset, EMOM, AMRAP, for-time, rep-scheme and Tabata headings: how the exercises under them are
 * grouped. They may carry numbers (rounds, minutes), so the heading reader tries them before anything else.
 */
final class BlockHeadingReader {

    private BlockHeadingReader() {
    }

    private static final ExerciseLineReader EXERCISE_READER = new ExerciseLineReader();
    private static final Pattern ENDS_WITH_OF = Pattern.compile("(?:^|\\s)(?:of|de|von)$", F);
    private static final Pattern TEMPO_SHAPE = Pattern.compile("\\d-\\d-\\d-\\d");
    private static final Pattern REST_WORDS = Pattern.compile("rest|repos|récup|descanso|pause", F);
    private static final Pattern ROUNDS = Pattern.compile(
            "^(\\d{1,2})\\s?(?:x\\s?)?(?:rounds?|rds|rft|tours?|rondas?|runden|circuits?|vueltas?)(?![\\p{L}])(.*)$", F);
    private static final Pattern SETS_OF = Pattern.compile("^(\\d{1,2})\\s?(?:sets?|séries|series|sätze)\\s?(?:of|de|von)?\\s?:$", F);
    private static final Pattern GROUP = Pattern.compile(
            "^(circuit|circuito|circuits|zirkel|zirkeltraining|parcours|superset|super set|super-set|supersérie|superserie|superserie|tri-?set|giant set|bi-?set|ss|couplet|triplet|chipper)(?![\\p{L}])\\s?([a-wyz](?![\\p{L}\\d])|\\d{1,2}(?![\\p{L}\\d]))?(.*)$", F);
    private static final Pattern EMOM = Pattern.compile(
            "^(?:e(\\d)mom|emom|otm)\\s?(?:x\\s?|for\\s)?(\\d{1,3})?\\s?(?:min(?:utes?)?|')?(.*)$", F);
    private static final Pattern EMOM_AFTER = Pattern.compile("^(\\d{1,3})\\s?(?:min(?:ute)?s?|')?\\s?(?:e(\\d)mom|emom)(.*)$", F);
    /** "Every 2 min x 5", "Every 1:30 x 6", "Cada 5 min x 25 min", "Toutes les 2 minutes pendant 10 minutes". */
    private static final Pattern EVERY = Pattern.compile("^(?:every|cada|toutes les|alle)\\s(\\d{1,2})?(?::(\\d{2}))?\\s?(?:min(?:utes?|utos?|uten)?|')?"
            + "\\s?(?:x|for|por|pendant|durante|während)\\s?(\\d{1,3})\\s?(min(?:utes?|utos?|uten)?|')?(.*)$", F);
    private static final Pattern AMRAP = Pattern.compile("^amrap\\s?(?:in\\s)?(\\d{1,3})?\\s?(?:min(?:utes?)?|')?(.*)$", F);
    private static final Pattern AMRAP_AFTER = Pattern.compile("^(\\d{1,3})\\s?(?:min(?:ute)?s?|')?\\s?amrap(.*)$", F);
    private static final Pattern FOR_TIME = Pattern.compile("^(?:for time|rft|chrono|por tiempo|auf zeit)\\s?:?$", F);
    private static final Pattern SCHEME = Pattern.compile("^(\\d{1,2}(?:\\s?-\\s?\\d{1,2}){2,9})\\s?(?:reps?)?\\s?(?:for time|of|de|:)?(.*)$", F);
    private static final Pattern TABATA = Pattern.compile("^tabata(?![\\p{L}])(.*)$", F);
    private static final Pattern ROUNDS_IN_TEXT = Pattern.compile("(?:x\\s?(\\d{1,2})(?!\\d)|(\\d{1,2})\\s?(?:rounds?|sets?|tours?|x|rondas?|runden|vueltas?|durchgänge)(?![\\p{L}]))", F);
    private static final Pattern SECTION_PREFIX = Pattern.compile("^(metcon|wod|finisher|conditioning|workout|part [a-c]|block [a-c]|[a-c]\\))\\s?[:.-]?\\s?(.+)$", F);

    /** Circuit and superset headings; they may carry numbers (rounds, minutes), so they are checked first. */
    static Heading block(String lower, String label) {
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
            Heading h = withTail(label, blockHeading(label, new Heading.Block(Heading.Block.Kind.EMOM, null, null, minutes,
                    interval, null, null)), m.group(3));
            if (h != null) return h;
        }
        m = EMOM_AFTER.matcher(l);
        if (m.matches() && blockTail(m.group(3))) {
            Integer interval = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.EMOM, null, null,
                    Integer.parseInt(m.group(1)), interval, null, null));
        }
        m = EVERY.matcher(l);
        if (m.matches() && blockTail(m.group(5))) {
            int interval = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            int count = Integer.parseInt(m.group(3));
            int minutes = count * interval;
            if (m.group(2) != null) {
                // "every 1:30 x 6": six slots; the block counts slots, so each slot is one unit
                interval = 1;
                minutes = count;
            } else if (m.group(4) != null) {
                minutes = count; // "x 25 min": the total, not the number of slots
            }
            if (interval == 0 || minutes == 0) return null;
            return blockHeading(label, new Heading.Block(Heading.Block.Kind.EMOM, null, null, minutes, interval,
                    null, null));
        }
        m = AMRAP.matcher(l);
        if (m.matches()) {
            Integer minutes = m.group(1) == null ? null : Integer.parseInt(m.group(1));
            Heading h = withTail(label, blockHeading(label, new Heading.Block(Heading.Block.Kind.AMRAP, null, null, minutes,
                    null, null, null)), m.group(2));
            if (h != null) return h;
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

    private static final List<String> BLOCK_STARTS = List.of("circuit", "super", "tri", "giant", "bi", "ss", "couplet",
            "triplet", "chipper", "emom", "e2mom", "e3mom", "e4mom", "e5mom", "otm", "every", "cada", "toutes", "alle ", "amrap", "for time", "rft", "chrono",
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
        return !HeadingReader.hasNotation(t);
    }

    private static Integer rest(String tail) {
        if (tail == null || tail.isBlank()) return null;
        LineRead r = EXERCISE_READER.read(tail, 0);
        return r.draft() == null ? null : r.draft().restSeconds;
    }

    private static Heading blockHeading(String label, Heading.Block b) {
        return new Heading(Heading.Type.BLOCK, label, null, null, b);
    }

    /**
     * A block heading and what follows it on the line: an exercise after a colon goes with the heading, a tail
     * that says nothing more leaves it alone; anything else and the line is not this heading (null).
     */
    private static Heading withTail(String label, Heading h, String tail) {
        if (exerciseAfterColon(tail) != null) return withExercise(h, remainderOf(label, tail));
        return blockTail(tail) ? h : null;
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
}
