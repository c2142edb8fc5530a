package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line written in a set/rep notation into an exercise draft.
 *
 * <p>How: each notation (tempo, rest, RPE, %1RM, sets x reps, loads, durations, distances…) has a small pattern.
 * Patterns run in a fixed order over the line; what a pattern reads is masked out so that later, looser patterns
 * cannot read it again. What is left unmasked is the exercise name (and, beyond it, notes). This keeps each pattern
 * simple and bounded (numbers are at most a few digits, spaces at most one after normalisation), so reading costs
 * a bounded amount per character and no pattern can backtrack catastrophically.
 *
 * <p>Stateless and thread-safe: all state lives in a per-call {@link Scan}.
 */
final class ExerciseLineReader {

    /** Longer lines are paragraphs, not exercise lines; refusing them also bounds the cost of a line. */
    static final int MAX_LINE = 240;

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final char MASK = '\u0000';

    private static final String BS = "(?<![\\p{L}\\d])";
    private static final String BE = "(?![\\p{L}\\d])";
    private static final String N = "\\d{1,4}(?:\\.\\d{1,3})?";
    private static final String WU = "(?:kilogrammes?|kilograms?|kilos?|kgs?|pounds?|lbs?|#)";
    private static final String TU = "(?:secondes?|seconds?|secs?|segundos?|segs?|sekunden|sek|s|minutes?|minutos?|minuten|mins?|mn|hours?|hrs?|h|heures?|horas?|stunden?|'|\")";
    private static final String DU = "(?:kilometers?|kilometres?|kilómetros?|kms?|k|meters?|metres?|mètres?|metros?|m|miles?|mi|yards?|yds?)";
    private static final String SETWORD = "(?:sets?|séries?|series|serie|sätze|saetze|satz|rounds?|rds|tours?|rondas?|runden|runde)";
    private static final String REPWORD = "(?:reps?|répétitions?|repetitions?|repeticiones|repeticion|repetición|rép|rep|wdh|wiederholungen|wiederholung)\\.?";
    /** Reps: "8", "8-12" (a range whose upper end is not a load: "5x5 - 90kg" is 5 reps at 90 kg), "5+", "max". */
    private static final String REPS = "(?:\\d{1,3}(?:\\s?-\\s?\\d{1,3}(?![\\d.]|\\s?(?:kgs?|lbs?|kilos?|pounds?|%)(?![\\p{L}])))?\\+?|max|máx|amrap|failure)";
    private static final String IMPLEMENT = "(?:dbs?|dumbbells?|kbs?|kettlebells?|haltères|haltere|haltères?|mancuernas?|kurzhanteln?|pesas)";

    // -- prefixes
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+>~]+|\\[[ xX]?\\]|\\(\\d{1,2}\\)|#\\d{1,2}|\\d{1,2}[.)](?=\\s)|[A-Za-z][.)](?=\\s))\\s?");
    private static final Pattern SUPERSET_LABEL = Pattern.compile("^([A-Za-z])\\s?([1-9])(?:\\s?[.):-]\\s?|\\s)");
    private static final Pattern NUMBERED_PAIR = Pattern.compile("^(\\d{1,2})([a-eA-E])(?:\\s?[.):-]\\s?|\\s)");
    private static final Pattern SET_PREFIX = Pattern.compile("^(?:set|série|serie|satz|s)\\s?\\d{1,2}\\s?[:.)-]\\s?", F);
    private static final Pattern MINUTE_PREFIX = Pattern.compile("^(?:min(?:ute)?\\s?\\d{1,2}(?:\\s?-\\s?\\d{1,2})?|odd(?: minutes?)?|even(?: minutes?)?|\\d{1,2}(?:st|nd|rd|th) min(?:ute)?)\\s?[:.)-]\\s?", F);

    // -- notations, in the order they are tried
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,])(\\d{1,4}),(\\d)(?=\\s?(?:kg|lb|%|km|kilo))", F);
    private static final Pattern TEMPO_KW = Pattern.compile(BS + "tempo\\s?[:=]?\\s?([0-9xX])\\s?[-/.]?\\s?([0-9xX])\\s?[-/.]?\\s?([0-9xX])\\s?[-/.]?\\s?([0-9xX])" + BE, F);
    private static final Pattern TEMPO = Pattern.compile("(?<![\\p{L}\\d.,/-])([0-9xX])-([0-9xX])-([0-9xX])-([0-9xX])(?![\\p{L}\\d.,/-])");
    /** "@ 31X1", "@ 3010": a four-figure tempo code after the sets (no load is written as 3010). */
    private static final Pattern TEMPO_CODE = Pattern.compile("(@\\s?)(?<![\\p{L}\\d./-])([0-9][0-9][0-9xX][0-9xX])(?![\\p{L}\\d.%/-]|\\s?(?:kg|lb))", F);
    private static final Pattern REP_SCHEME = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2}(?:-\\d{1,2}){2,9})(\\+?)(?![\\p{L}\\d.,/-]|\\s?(?:kg|lb|%))", F);
    /** "between sets", "between all exercises": a rest meant for every exercise around it, not just one. */
    private static final String GENERAL_REST = "(\\s?(?:between|entre|zwischen)\\s(?:all\\s|each\\s|les\\s|den\\s)?(?:sets|rounds|exercises|séries|series|sätzen|übungen|tours|exercices|ejercicios|vueltas|rondas|runden|durchgängen))?";
    private static final Pattern PER_SET_LIST = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2}(?:\\s?[,/]\\s?\\d{1,2}){2,9})(\\+?)(?![\\p{L}\\d.,/-]|\\s?(?:kg|lb|%|x))", F);
    private static final Pattern REST = Pattern.compile(BS + "(?:rest(?:ing)?|récup(?:ération)?|recup(?:eration|eración|ération)?|repos|pause|pausa|descanso|break)" + BE
            + "(\\s?(?:between (?:all )?(?:sets|rounds|exercises)|entre (?:les )?(?:séries|series|sets|tours)|zwischen den sätzen))?\\s?[:=]?\\s?"
            + "(\\d{1,2}:\\d{2}|" + N + "(?:\\s?-\\s?" + N + ")?\\s?(?:" + TU + ")?)" + BE + GENERAL_REST, F);
    private static final Pattern REST_AFTER = Pattern.compile(BS + "(\\d{1,2}:\\d{2}|" + N + "(?:\\s?-\\s?" + N + ")?\\s?" + TU + ")"
            + "\\s?(?:of |de |d')?(?:rest|repos|récup(?:ération)?|recup|pause|pausa|descanso|break)" + BE + GENERAL_REST, F);
    private static final Pattern RPE = Pattern.compile("(?:@\\s?)?" + BS + "rpe\\s?[:=]?\\s?(\\d{1,2}(?:\\.\\d)?)(?:\\s?-\\s?(\\d{1,2}(?:\\.\\d)?))?" + BE
            + "|" + BS + "(\\d{1,2}(?:\\.\\d)?)\\s?rpe" + BE, F);
    private static final Pattern RIR = Pattern.compile("(?:@\\s?)?" + BS + "rir\\s?[:=]?\\s?(\\d)(?:\\s?-\\s?(\\d))?" + BE
            + "|" + BS + "(\\d)(?:\\s?-\\s?\\d)?\\s?rir" + BE, F);
    /** A load then reps: "100kg x 5", "75% x 5", "135/155/175 x 5", "135x5"; optionally "x 3" sets after. */
    private static final Pattern SET_SPEC = Pattern.compile(BS + "(" + N + "(?:\\s?/\\s?" + N + ")*)\\s?(" + WU + "|%)?\\s?[x*]\\s?(\\d{1,3}\\+?|max|amrap)(?!\\d|\\s?(?:" + WU + "|%)" + BE + ")"
            + "(?:\\s?" + REPWORD + ")?(?:\\s?[x*]\\s?(\\d{1,2})(?!\\d|\\s?(?:" + WU + "|%)))?", F);
    private static final Pattern SETS_REPS = Pattern.compile(BS + "(\\d{1,2})\\s?[x*]\\s?(" + REPS + "(?:\\s?/\\s?\\d{1,3})*(?:\\s?,\\s?\\d{1,2}(?![\\d.]|\\s?(?:" + WU + "|%|x)))*)" + "(?![\\d.])", F);
    private static final Pattern AFTER_WEIGHT = Pattern.compile("\\s?(" + WU + ")" + BE + "(?:\\s?(" + IMPLEMENT + ")" + BE + ")?", F);
    private static final Pattern AFTER_TIME = Pattern.compile("\\s?(" + TU + ")" + BE, F);
    private static final Pattern AFTER_DIST = Pattern.compile("\\s?(" + DU + ")" + BE, F);
    private static final Pattern AFTER_CAL = Pattern.compile("\\s?(?:cals?|kcal|calories)" + BE, F);
    private static final Pattern AFTER_REPWORD = Pattern.compile("\\s?" + REPWORD + "(?![\\p{L}\\d])", F);
    private static final Pattern AFTER_X_LOAD = Pattern.compile("\\s?[x*@]\\s?(" + N + ")(?![.,]?\\d)\\s?(" + WU + ")?" + BE + "(?!\\s?%)", F);
    private static final Pattern WORD_SETS = Pattern.compile(BS + "(\\d{1,2})(?:\\s?-\\s?(\\d{1,2}))?\\s?(" + SETWORD + ")" + BE
            + "(?:\\s?(?:of|de|d'|à|a|x|zu|mit|von|je|:|,|-)?\\s?(" + REPS + ")(?!\\d|\\s?(?:" + WU + "|%)" + BE + "))?", F);
    private static final Pattern WORD_REPS = Pattern.compile(BS + "(\\d{1,3}(?:\\s?-\\s?\\d{1,3})?\\+?)\\s?" + REPWORD + "(?![\\p{L}\\d])", F);
    private static final Pattern AMRAP_WORDS = Pattern.compile(BS + "(?:amrap|max(?:imum)? reps|max|to failure|till failure|until failure|au max|jusqu'à l'échec|al fallo|bis zum versagen|as many (?:reps )?as possible)" + BE, F);
    private static final Pattern X_REPS = Pattern.compile("(?<![\\p{L}\\d])x\\s?(\\d{1,3}(?:\\s?-\\s?\\d{1,3})?\\+?)" + BE, F);
    private static final Pattern PERCENT = Pattern.compile("(?:@\\s?)?" + BS + "(" + N + "(?:\\s?[/-]\\s?" + N + ")*)\\s?%(?:\\s?(?:of\\s|du\\s|de\\s|del\\s|von\\s)?(?:1\\s?rm|rm|e1rm|max|tm|training max)" + BE + ")?", F);
    private static final Pattern WEIGHT = Pattern.compile("(@\\s?|\\+\\s?|with\\s|w/\\s?|avec\\s|con\\s|mit\\s)?" + BS + "(" + N + "(?:\\s?/\\s?" + N + ")*)\\s?(" + WU + ")" + BE
            + "(?:\\s?(" + IMPLEMENT + ")" + BE + ")?(?:\\s?(each|per hand|per side|chacun|chacune|cada una?|pro hand|pro seite|je))?", F);
    private static final Pattern BODYWEIGHT = Pattern.compile(BS + "(?:bw|bodyweight|body weight|poids du corps|peso corporal|körpergewicht)" + BE, F);
    private static final Pattern DURATION = Pattern.compile(BS + "(" + N + ")(?:\\s?-\\s?(" + N + "))?\\s?(" + TU + ")" + BE + "(?:\\s?(\\d{1,2})\\s?(?:s|sec|\")?" + BE + ")?", F);
    private static final Pattern CLOCK = Pattern.compile(BS + "(\\d{1,2}):(\\d{2})" + BE);
    private static final Pattern DISTANCE = Pattern.compile(BS + "(" + N + ")\\s?(" + DU + ")" + BE, F);
    private static final Pattern CALORIES = Pattern.compile(BS + "(\\d{1,4})\\s?(?:cals?|kcal|calories)" + BE, F);
    private static final Pattern AT_NUMBER = Pattern.compile("@\\s?(" + N + ")(?![\\p{L}\\d%.,]|\\s?%)", F);
    private static final Pattern PER_SIDE = Pattern.compile("(?:/\\s?|" + BS + "(?:per|each|ea\\.?|e/)\\s?)(?:side|leg|arm|hand|direction|way)s?" + BE
            + "|" + BS + "(?:each|par côté|chaque (?:côté|jambe|bras)|por (?:lado|pierna|brazo)|pro (?:seite|bein|arm)|je (?:seite|bein|arm)|l/r|r/l|e/s|e/l)" + BE, F);
    private static final Pattern LEADING_REPS = Pattern.compile("^(\\d{1,3})(?:\\s?-\\s?(\\d{1,3}))?\\s(?=\\p{L})");
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,4}(?:\\.\\d{1,2})?)(?![\\p{L}\\d.,/-]|-\\s?\\p{L})");
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

    private static final List<String> EDGE_WORDS = List.of("at", "of", "for", "with", "w/", "x", "de", "à", "a", "con", "mit",
            "bei", "zu", "avec", "en", "y", "and", "then", "et", "und", "by", "on", "@", "total", "sets", "reps", "set",
            "rep", "each", "per", "the", "séries", "series", "sätze", "wdh", "wdh.", "répétitions", "repeticiones",
            "à", "ou", "or", "o", "oder", "puis", "dann", "luego", "then", "plus", "+", "rest", "work", "working");

    private static final String[] EDGE_SUFFIXES = EDGE_WORDS.stream().map(w -> " " + w).toArray(String[]::new);
    private static final String[] EDGE_PREFIXES = EDGE_WORDS.stream().map(w -> w + " ").toArray(String[]::new);

    LineRead read(String line, int lineNumber) {
        if (line == null || line.isBlank()) {
            return new LineRead(LineRead.Status.NOTHING, null, "empty", false);
        }
        if (line.length() > MAX_LINE) {
            return new LineRead(LineRead.Status.SENTENCE, null, "line too long to be an exercise line", false);
        }
        Scan s = new Scan(line, lineNumber);
        s.prefixes();
        s.quantities();
        return s.result();
    }

    /** Per-call state of one line's reading. */
    private static final class Scan {
        final ExerciseDraft d = new ExerciseDraft();
        String work;
        boolean bulleted;
        boolean hasOther; // calories and similar targets that are not a field
        int firstQuantity = Integer.MAX_VALUE;
        final List<String> setReps = new ArrayList<>();
        final List<Double> setWeights = new ArrayList<>();
        int specCount;
        int prescriptions;
        final List<Double> bare = new ArrayList<>();
        final List<String> xReps = new ArrayList<>();
        /** Reps read from a bare leading number ("10 burpees"): a guess unless the words name an exercise. */
        boolean leadingCount;
        int bareUsed;

        Scan(String line, int lineNumber) {
            d.text = line.strip();
            d.lineNumber = lineNumber;
            work = line.replace("**", "").replace("__", "").replace('`', ' ').strip();
        }

        void prefixes() {
            for (int guard = 0; guard < 4 && mayHavePrefix(work); guard++) {
                String before = work;
                Matcher m = BULLET.matcher(work);
                if (m.lookingAt() && m.end() > 0) {
                    bulleted = true;
                    work = work.substring(m.end()).strip();
                }
                m = SUPERSET_LABEL.matcher(work);
                if (m.lookingAt() && !work.substring(m.end()).isBlank() && Character.isLetterOrDigit(work.substring(m.end()).strip().charAt(0))) {
                    d.superset = m.group(1).toUpperCase();
                    bulleted = true;
                    work = work.substring(m.end()).strip();
                }
                m = NUMBERED_PAIR.matcher(work);
                if (m.lookingAt()) {
                    d.superset = m.group(1);
                    bulleted = true;
                    work = work.substring(m.end()).strip();
                }
                m = SET_PREFIX.matcher(work);
                if (m.lookingAt() && m.end() < work.length()) {
                    d.singleSetRow = true;
                    work = work.substring(m.end()).strip();
                }
                m = MINUTE_PREFIX.matcher(work);
                if (m.lookingAt()) {
                    work = work.substring(m.end()).strip();
                }
                if (work.equals(before)) break;
            }
            if (work.indexOf(',') >= 0) work = DECIMAL_COMMA.matcher(work).replaceAll("$1.$2");
            String l = work.toLowerCase(java.util.Locale.ROOT);
            if (work.length() < 200 && (l.contains("set") || l.contains("rep") || l.contains("séri") || l.contains("seri")
                    || l.contains("sätz") || l.contains("satz") || l.contains("wdh") || l.contains("round") || l.contains("min"))) {
                work = replaceNumberWords(work);
            }
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

        /** Runs pattern over the unmasked text; the handler returns the end of what it consumed (or -1 to skip). */
        private void each(Pattern p, java.util.function.ToIntFunction<Matcher> handler) {
            Matcher m = p.matcher(work);
            List<int[]> spans = null;
            // find() continues where the last match ended; find(from) resets the matcher, so it is used only
            // when the handler rejected a match or consumed past it
            boolean found = m.find();
            while (found) {
                int start = m.start();
                int matchEnd = m.end();
                int end = handler.applyAsInt(m);
                int from;
                if (end < 0) {
                    from = start + 1;
                } else {
                    if (spans == null) spans = new ArrayList<>();
                    spans.add(new int[]{start, end});
                    firstQuantity = Math.min(firstQuantity, start);
                    from = Math.max(end, start + 1);
                }
                if (from > work.length()) break;
                found = from == matchEnd && matchEnd > start ? m.find() : m.find(from);
            }
            if (spans != null) {
                char[] cs = work.toCharArray();
                for (int[] sp : spans) {
                    for (int i = sp[0]; i < sp[1] && i < cs.length; i++) cs[i] = MASK;
                }
                work = new String(cs);
            }
        }

        /** The notation right after a match ("kg" after "2x20"), or null. */
        private Matcher after(Pattern p, int from) {
            if (from >= work.length()) return null;
            Matcher a = p.matcher(work);
            a.region(from, work.length());
            return a.lookingAt() ? a : null;
        }

        private String lowerText;
        private boolean hasDigit, hasDash, hasX, restWord, loadWord, amrapWord, perSideWord;

        private boolean has(String needle) {
            return lowerText.contains(needle);
        }

        /** Cheap tests that let most patterns skip lines that cannot hold their notation (most lines are short). */
        private void prefilter() {
            lowerText = work.toLowerCase(java.util.Locale.ROOT);
            for (int i = 0; i < lowerText.length(); i++) {
                char c = lowerText.charAt(i);
                if (c >= '0' && c <= '9') hasDigit = true;
                else if (c == '-') hasDash = true;
                else if (c == 'x' || c == '*') hasX = true;
            }
            hasDash &= hasDigit;
            hasX &= hasDigit;
            restWord = hasDigit && (has("rest") || has("récup") || has("recup") || has("repos") || has("pause")
                    || has("descanso") || has("break"));
            loadWord = hasDigit && (has("kg") || has("lb") || has("kilo") || has("pound") || has("#"));
            amrapWord = has("amrap") || has("max") || has("fail") || has("échec") || has("fallo") || has("versagen")
                    || has("as many");
            perSideWord = has("side") || has("leg") || has("arm") || has("hand") || has("each") || has("ea.")
                    || has("way") || has("direction") || has("côté") || has("jambe") || has("bras") || has("lado")
                    || has("pierna") || has("brazo") || has("seite") || has("bein") || has("/") || has("e/");
        }

        void quantities() {
            prefilter();
            if (has("tempo")) each(TEMPO_KW, m -> {
                d.tempo = (m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4)).toUpperCase();
                return m.end();
            });
            if (hasDash) each(TEMPO, m -> {
                if (d.tempo != null) return -1;
                d.tempo = (m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4)).toUpperCase();
                return m.end();
            });
            if (restWord) each(REST, m -> {
                Integer secs = Quantities.durationCell(m.group(2), true);
                if (secs == null) return -1;
                if (d.restSeconds == null) d.restSeconds = secs;
                if (m.group(2).contains("-")) d.note("rest " + m.group(2).strip());
                if (m.group(1) != null || m.group(3) != null) d.generalRest = true;
                return m.end();
            });
            if (restWord) each(REST_AFTER, m -> {
                Integer secs = Quantities.durationCell(m.group(1), true);
                if (secs == null) return -1;
                if (d.restSeconds == null) d.restSeconds = secs;
                if (m.group(2) != null) d.generalRest = true;
                return m.end();
            });
            if (has("rpe")) each(RPE, m -> {
                String v = m.group(1) != null ? m.group(1) : m.group(3);
                Double r = Quantities.number(v);
                if (r == null || r > 10) return -1;
                d.rpe = r;
                if (m.group(2) != null) d.note("RPE " + v + "-" + m.group(2));
                return m.end();
            });
            if (has("rir")) each(RIR, m -> {
                String v = m.group(1) != null ? m.group(1) : m.group(3);
                Double r = Quantities.number(v);
                if (r == null) return -1;
                if (d.rpe == null) d.rpe = 10 - r;
                d.note("RIR " + m.group().replaceAll("(?i)[@rir\\s]", ""));
                return m.end();
            });
            if (has("@")) each(TEMPO_CODE, m -> {
                String code = m.group(2);
                boolean hasX = code.indexOf('x') >= 0 || code.indexOf('X') >= 0;
                boolean smallDigits = code.chars().allMatch(c -> c >= '0' && c <= '5');
                if (d.tempo != null || !(hasX || smallDigits)) return -1;
                d.tempo = String.join("-", code.toUpperCase().split(""));
                return m.end();
            });
            if (hasDash) each(REP_SCHEME, m -> {
                if (!setReps.isEmpty() || !d.reps.isEmpty()) return -1;
                String[] parts = m.group(1).split("-");
                for (int i = 0; i < parts.length; i++) {
                    d.reps.add(parts[i] + (i == parts.length - 1 ? m.group(2) : ""));
                }
                d.sets = parts.length;
                prescriptions++;
                return m.end();
            });
            if (hasX) each(SET_SPEC, this::setSpec);
            if (hasX) each(SETS_REPS, this::setsReps);
            if (hasDigit) each(WORD_SETS, this::wordSets);
            if (hasDigit) each(PER_SET_LIST, m -> {
                if (!d.reps.isEmpty() || !setReps.isEmpty()) return -1;
                String[] parts = m.group(1).split("\\s?[,/]\\s?");
                for (int i = 0; i < parts.length; i++) d.reps.add(parts[i] + (i == parts.length - 1 ? m.group(2) : ""));
                if (d.sets == null) d.sets = parts.length;
                prescriptions++;
                return m.end();
            });
            if (hasDigit) each(WORD_REPS, m -> {
                if (!d.reps.isEmpty() || !setReps.isEmpty()) return -1;
                d.reps.add(m.group(1).replace(" ", ""));
                return m.end();
            });
            if (amrapWord) each(AMRAP_WORDS, m -> {
                if (!d.reps.isEmpty() || !setReps.isEmpty()) {
                    // "3x5, last set AMRAP": the scheme already says how many; keep the remark
                    d.note(m.group().toLowerCase());
                    return m.end();
                }
                d.reps.add("AMRAP");
                return m.end();
            });
            if (hasX) each(X_REPS, m -> {
                // "BW x 10, x 8, x 6": one x-reps per set
                if (!setReps.isEmpty() || (!d.reps.isEmpty() && xReps.isEmpty())) return -1;
                xReps.add(m.group(1).replace(" ", ""));
                return m.end();
            });
            if (!xReps.isEmpty()) {
                d.reps.addAll(xReps);
                if (xReps.size() > 1 && d.sets == null) d.sets = xReps.size();
            }
            if (has("%")) each(PERCENT, m -> {
                String g = m.group(1).replace(" ", "");
                if (g.contains("-") && !g.contains("/")) {
                    String[] r = g.split("-");
                    Double lo = Quantities.number(r[0]);
                    if (lo == null) return -1;
                    d.percents.add(lo);
                    d.note(g + "%");
                } else {
                    for (Double p : Quantities.numberList(g)) d.percents.add(p);
                }
                return m.end();
            });
            if (loadWord) each(WEIGHT, m -> {
                List<Double> ws = Quantities.numberList(m.group(2));
                if (ws.isEmpty()) return -1;
                if (!d.weights.isEmpty() || !setWeights.isEmpty()) {
                    d.note(m.group().strip());
                    d.lower(0.1);
                    return m.end();
                }
                d.weights.addAll(ws);
                d.unit = Quantities.loadUnit(m.group(3));
                String pre = m.group(1) == null ? "" : m.group(1).strip();
                if (pre.equals("+")) d.note("added load");
                if (m.group(4) != null || m.group(5) != null) d.note("load per implement");
                return m.end();
            });
            if (has("bw") || has("body") || has("poids du") || has("peso corp") || has("körper")) each(BODYWEIGHT, m -> {
                d.note("bodyweight");
                hasOther = true;
                return m.end();
            });
            if (hasDigit) each(DURATION, m -> {
                Double v = Quantities.number(m.group(1));
                Integer per = Quantities.secondsPer(m.group(3));
                if (v == null || per == null) return -1;
                int secs = (int) Math.round(v * per);
                if (m.group(4) != null && per == 60) secs += Integer.parseInt(m.group(4));
                if (d.durationSeconds != null) {
                    d.note(m.group().strip());
                    return m.end();
                }
                d.durationSeconds = secs;
                if (m.group(2) != null) d.note(m.group().strip());
                return m.end();
            });
            if (has(":")) each(CLOCK, m -> {
                if (d.durationSeconds != null) return -1;
                d.durationSeconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
                return m.end();
            });
            if (hasDigit) each(DISTANCE, m -> {
                Double v = Quantities.number(m.group(1));
                Double per = Quantities.metresPer(m.group(2));
                if (v == null || per == null) return -1;
                if (m.group(2).equalsIgnoreCase("k") && v > 100) return -1;
                if (d.distanceMeters != null) {
                    d.note(m.group().strip());
                    return m.end();
                }
                d.distanceMeters = Math.round(v * per * 10) / 10.0;
                return m.end();
            });
            if (has("cal")) each(CALORIES, m -> {
                d.note(m.group().strip());
                hasOther = true;
                return m.end();
            });
            if (has("@")) each(AT_NUMBER, m -> {
                Double v = Quantities.number(m.group(1));
                if (v == null) return -1;
                if (v <= 10 && d.rpe == null && d.weights.isEmpty()) {
                    d.rpe = v;
                } else if (d.weights.isEmpty() && setWeights.isEmpty() && v > 10) {
                    d.weights.add(v);
                    d.lower(0.1); // a load without its unit
                } else {
                    return -1;
                }
                return m.end();
            });
            if (perSideWord) each(PER_SIDE, m -> {
                d.note("per side");
                return m.end();
            });
            if (d.reps.isEmpty() && setReps.isEmpty()) {
                Matcher m = LEADING_REPS.matcher(work);
                if (m.lookingAt()) {
                    d.reps.add(m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2));
                    mask(0, m.end() - 1);
                    leadingCount = true;
                }
            }
            if (hasDigit) each(BARE_NUMBER, m -> {
                Double v = Quantities.number(m.group(1));
                if (v == null) return -1;
                bare.add(v);
                return m.end();
            });
            applyBareNumbers();
            if (!setReps.isEmpty()) {
                d.reps.clear();
                d.reps.addAll(setReps);
                if (!setWeights.isEmpty()) {
                    d.weights.clear();
                    d.weights.addAll(setWeights);
                }
                if (d.sets == null) d.sets = setReps.size();
                if (specCount == 1 && setReps.size() == 1) d.singleSetRow = d.sets == 1;
            }
            if (prescriptions > 1) d.lower(0.2);
        }

        private void mask(int from, int to) {
            char[] cs = work.toCharArray();
            for (int i = from; i < to && i < cs.length; i++) cs[i] = MASK;
            work = new String(cs);
            firstQuantity = Math.min(firstQuantity, from);
        }

        /** "100kg x 5", "75% x 5", "135/155/175 x 5", "135x5 x 3": loads, reps per set. */
        private int setSpec(Matcher m) {
            List<Double> loads = Quantities.numberList(m.group(1));
            String unit = m.group(2);
            if (loads.isEmpty()) return -1;
            boolean percent = "%".equals(unit);
            boolean hasUnit = unit != null;
            // "3x8" is sets x reps, not a 3 kg load: without a unit, only large numbers or lists are loads
            if (!hasUnit && loads.size() == 1 && loads.get(0) <= 12) return -1;
            String reps = normaliseReps(m.group(3));
            int times = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
            int count = loads.size() * times;
            for (Double load : loads) {
                for (int t = 0; t < times; t++) {
                    setReps.add(reps);
                    if (percent) {
                        d.percents.add(load);
                    } else {
                        setWeights.add(load);
                    }
                }
            }
            if (!percent) {
                String u = Quantities.loadUnit(unit);
                if (u != null) d.unit = u;
                else if (d.unit == null) d.lower(0.05); // load without unit
            }
            specCount += count;
            if (specCount == count) prescriptions++;
            return m.end();
        }

        private int setsReps(Matcher m) {
            int sets = Integer.parseInt(m.group(1));
            if (sets == 0 || sets > 15) return -1;
            String repsRaw = m.group(2).replace(" ", "");
            int end = m.end();
            int[] endBox = {end};
            // "2x20kg": the second number carries a load unit, so it is a load, not reps
            Matcher wM = after(AFTER_WEIGHT, end);
            int w = wM == null ? -1 : wM.end();
            if (w >= 0) {
                Matcher a = wM;
                Double load = Quantities.number(repsRaw);
                if (load == null) return -1;
                boolean implement = a.group(2) != null;
                boolean perImplement = implement || (sets == 2 && (d.sets != null || !setReps.isEmpty()));
                if (d.weights.isEmpty()) {
                    d.weights.add(load);
                    d.unit = Quantities.loadUnit(a.group(1));
                }
                if (perImplement) {
                    d.note("load per implement (" + sets + " x " + Quantities.format(load) + " " + d.unit + ")");
                } else {
                    d.sets = d.sets == null ? sets : d.sets;
                    d.lower(0.2); // "5x100kg": sets of unknown reps, or reps at a load? ambiguous
                }
                return w;
            }
            if (d.sets != null || !setReps.isEmpty()) {
                // a second prescription on the line ("3x5 then 2x8"): keep the first, say so
                d.note(m.group().strip());
                prescriptions++;
                return end;
            }
            d.sets = sets;
            prescriptions++;
            Matcher tM = after(AFTER_TIME, end);
            int t = tM == null ? -1 : tM.end();
            if (t >= 0 && !repsRaw.contains("/") && !repsRaw.contains(",")) {
                Matcher a = tM;
                Integer per = Quantities.secondsPer(a.group(1));
                String first = repsRaw.split("-")[0];
                Double v = Quantities.number(first);
                if (per != null && v != null) {
                    d.durationSeconds = (int) Math.round(v * per);
                    if (repsRaw.contains("-")) d.note(repsRaw + a.group(1));
                    return t;
                }
            }
            Matcher distM = after(AFTER_DIST, end);
            int dist = distM == null ? -1 : distM.end();
            if (dist >= 0 && !repsRaw.contains("/") && !repsRaw.contains(",")) {
                Matcher a = distM;
                Double per = Quantities.metresPer(a.group(1));
                Double v = Quantities.number(repsRaw.split("-")[0]);
                if (per != null && v != null && !(a.group(1).equalsIgnoreCase("k") && v > 100)) {
                    d.distanceMeters = Math.round(v * per * 10) / 10.0;
                    return dist;
                }
            }
            Matcher calM = after(AFTER_CAL, end);
            int cal = calM == null ? -1 : calM.end();
            if (cal >= 0) {
                d.note(repsRaw + " cal");
                hasOther = true;
                return cal;
            }
            addRepsList(repsRaw);
            Matcher rwM = after(AFTER_REPWORD, end);
            int rw = rwM == null ? -1 : rwM.end();
            if (rw >= 0) endBox[0] = rw;
            // "3x5x100kg" / "3x5 x 100": sets x reps x load
            Matcher xlM = after(AFTER_X_LOAD, endBox[0]);
            int xl = xlM == null ? -1 : xlM.end();
            if (xl >= 0) {
                Matcher a = xlM;
                Double load = Quantities.number(a.group(1));
                String u = Quantities.loadUnit(a.group(2));
                if (load != null && (u != null || load > 10)) {
                    d.weights.add(load);
                    d.unit = u;
                    if (u == null) d.lower(0.05);
                    endBox[0] = xl;
                }
            }
            return endBox[0];
        }

        /** "10/8/6" per set, "10/10" per side, "10,8,6" per set, "8-12" a range, "max" AMRAP. */
        private void addRepsList(String repsRaw) {
            String r = repsRaw;
            boolean plus = r.endsWith("+");
            if (r.contains("/")) {
                String[] parts = r.split("/");
                if (parts.length == 2 && parts[0].equals(parts[1].replace("+", ""))) {
                    d.reps.add(normaliseReps(parts[1]));
                    d.note("per side");
                    return;
                }
                for (String p : parts) d.reps.add(normaliseReps(p));
                if (d.sets != null && d.sets != parts.length) d.lower(0.1);
                return;
            }
            if (r.contains(",")) {
                String[] parts = r.split(",");
                for (String p : parts) d.reps.add(normaliseReps(p));
                if (d.sets != null && d.sets != parts.length) d.lower(0.1);
                return;
            }
            d.reps.add(normaliseReps(r));
            if (plus) {
                d.note("last set AMRAP");
            }
        }

        private int wordSets(Matcher m) {
            int sets = Integer.parseInt(m.group(1));
            if (sets == 0 || sets > 30) return -1;
            if (d.sets != null || !setReps.isEmpty()) {
                if (m.group(4) == null && d.sets != null && d.sets == sets) return m.end(); // repeated
                d.note(m.group().strip());
                prescriptions++;
                return m.end();
            }
            d.sets = sets;
            prescriptions++;
            if (m.group(2) != null) d.note(m.group(1) + "-" + m.group(2) + " " + m.group(3));
            int end = m.end();
            if (m.group(4) != null) {
                String repsRaw = m.group(4).replace(" ", "");
                Matcher tM = after(AFTER_TIME, end);
                int t = tM == null ? -1 : tM.end();
                if (t >= 0) {
                    Matcher a = tM;
                    Integer per = Quantities.secondsPer(a.group(1));
                    Double v = Quantities.number(repsRaw.split("-")[0]);
                    if (per != null && v != null) {
                        d.durationSeconds = (int) Math.round(v * per);
                        return t;
                    }
                }
                Matcher distM = after(AFTER_DIST, end);
                int dist = distM == null ? -1 : distM.end();
                if (dist >= 0) {
                    Matcher a = distM;
                    Double per = Quantities.metresPer(a.group(1));
                    Double v = Quantities.number(repsRaw.split("-")[0]);
                    if (per != null && v != null) {
                        d.distanceMeters = Math.round(v * per * 10) / 10.0;
                        return dist;
                    }
                }
                d.reps.add(normaliseReps(repsRaw));
                if (repsRaw.endsWith("+")) d.note("last set AMRAP");
                Matcher rwM = after(AFTER_REPWORD, end);
            int rw = rwM == null ? -1 : rwM.end();
                if (rw >= 0) end = rw;
            }
            return end;
        }

        /** Numbers left without a unit: the reps when none were given, else an unlabelled load. */
        private void applyBareNumbers() {
            for (Double v : bare) {
                boolean integer = v == Math.floor(v);
                if (d.reps.isEmpty() && setReps.isEmpty() && integer && v <= 100 && d.durationSeconds == null
                        && d.distanceMeters == null && !hasOther) {
                    d.reps.add(Quantities.format(v));
                    bareUsed++;
                    d.lower(0.15); // "Push-ups 20": probably reps, but not written as such
                } else if (d.weights.isEmpty() && setWeights.isEmpty() && (d.sets != null || !d.reps.isEmpty()) && v >= 20) {
                    d.weights.add(v);
                    d.lower(0.1); // "Deadlift 1x5 315": a load, unit not written
                } else {
                    d.note(Quantities.format(v));
                    d.lower(0.2);
                }
            }
        }

        LineRead result() {
            List<String> segments = segments();
            String name = null;
            List<String> extra = new ArrayList<>();
            // the name is the first piece of text, unless only a later piece names an exercise
            // ("Finish with 3 sets of 12 lunges": "lunges", not "Finish")
            int named = -1;
            if (segments.size() > 1 && !Vocabulary.hasExerciseWord(segments.get(0))) {
                for (int i = 1; i < segments.size(); i++) {
                    if (Vocabulary.hasExerciseWord(segments.get(i))) { named = i; break; }
                }
            }
            for (int i = 0; i < segments.size(); i++) {
                if (named >= 0 ? i == named : name == null && i == 0) {
                    name = segments.get(i);
                } else {
                    extra.add(segments.get(i));
                }
            }
            // judged on everything left unread, before connector words were trimmed away
            List<String> rawWords = Vocabulary.words(work.replace(MASK, ' '));
            int rawSentenceWords = Vocabulary.sentenceWordCount(rawWords);
            if (rawWords.size() >= 5 && rawSentenceWords >= 1) {
                return new LineRead(LineRead.Status.SENTENCE, null,
                        d.hasQuantity() ? "numbers inside a sentence" : "sentence", bulleted);
            }
            boolean quantity = d.hasQuantity() || hasOther;
            boolean modifiers = d.restSeconds != null || d.tempo != null;
            // judge whether the leftover text is a name or a sentence
            int extraWords = 0;
            for (String e : extra) extraWords += Vocabulary.words(e).size();
            if (name != null) {
                List<String> ws = Vocabulary.words(name);
                int sentenceWords = Vocabulary.sentenceWordCount(ws);
                String stripped = d.text.strip();
                boolean endsLikeSentence = (stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?"))
                        && ws.size() + extraWords > 2;
                int allSentenceWords = sentenceWords;
                for (String e : extra) allSentenceWords += Vocabulary.sentenceWordCount(Vocabulary.words(e));
                if (ws.size() > 7 || sentenceWords >= 2 || (sentenceWords == 1 && ws.size() > 3)
                        || extraWords > 8 || endsLikeSentence || (allSentenceWords >= 1 && ws.size() + extraWords >= 5)) {
                    return new LineRead(LineRead.Status.SENTENCE, null,
                            quantity ? "numbers inside a sentence" : "sentence", bulleted);
                }
            }
            for (String e : extra) {
                d.note(e);
                d.lower(0.1);
            }
            if (name == null) {
                if (quantity) {
                    return new LineRead(LineRead.Status.NAMELESS, d, null, bulleted);
                }
                if (modifiers) {
                    return new LineRead(LineRead.Status.MODIFIERS_ONLY, d, null, bulleted);
                }
                return new LineRead(LineRead.Status.NOTHING, null, "no words or numbers to read", bulleted);
            }
            d.name = name;
            boolean vocab = Vocabulary.hasExerciseWord(name);
            boolean guessedOnly = (leadingCount || bareUsed > 0) && d.sets == null && d.weights.isEmpty()
                    && d.percents.isEmpty() && d.durationSeconds == null && d.distanceMeters == null && d.rpe == null
                    && !hasOther;
            if (guessedOnly && !vocab && (!bulleted || Vocabulary.words(name).size() > 4)) {
                // "5 Tips for Better Sleep": a number beside words that name no exercise
                return new LineRead(LineRead.Status.SENTENCE, null, "a number beside words that name no exercise", bulleted);
            }
            if (!vocab) d.lower(0.1);
            if (quantity) {
                return new LineRead(LineRead.Status.EXERCISE, d, null, bulleted);
            }
            if (d.rpe != null || modifiers) {
                // "Bench RPE 8" with no sets: a name with a modifier, read but unsure
                d.lower(0.3);
                return new LineRead(LineRead.Status.EXERCISE, d, null, bulleted);
            }
            String stripped = d.text.strip();
            if (stripped.endsWith("!") || stripped.endsWith("?") || (stripped.endsWith(".") && !stripped.endsWith("..")
                    && Vocabulary.words(name).size() > 1)) {
                // "Welcome back!": exercise names are not exclaimed or asked
                return new LineRead(LineRead.Status.SENTENCE, null, "sentence", bulleted);
            }
            return new LineRead(LineRead.Status.NAME_ONLY, d, null, bulleted);
        }

        /** The unmasked pieces of the line, cleaned of edge punctuation and connector words. */
        private List<String> segments() {
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= work.length(); i++) {
                if (i == work.length() || work.charAt(i) == MASK) {
                    if (i > start) {
                        String c = clean(work.substring(start, i));
                        if (!c.isEmpty()) out.add(c);
                    }
                    start = i + 1;
                }
            }
            return out;
        }
    }

    static String normaliseReps(String r) {
        String l = r.strip().toLowerCase();
        if (l.equals("max") || l.equals("máx") || l.equals("amrap") || l.equals("failure") || l.equals("fail")) return "AMRAP";
        return r.strip().replace(" ", "");
    }

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
                || c == '?' || c == '&' || c == '\'' || c == '"' || c == MASK;
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
