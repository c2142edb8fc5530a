package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the notation the readers left inside a name out of it: list numbering, Rx/scaled rep pairs and ladder
 * fractions before it, week tags, notes in brackets, alternatives and number lists after it. Also recognises
 * leftovers that are no exercise at all (a heading word, a "Label: value" line, two sentences), so they are
 * not counted as exercises, and labelled per-set rows ("Reps per set: 5, 4, 3") that belong to the exercise above.
 */
final class NameHygiene {

    private NameHygiene() {
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\p{L})");
    private static final Pattern LEADING_PAIR = Pattern.compile("^(\\d{1,3})\\s?/\\s?(\\d{1,3})\\s+(?=\\p{L})");
    private static final Pattern WEEK_TAG = Pattern.compile("\\s*[:\\-–]?\\s*\\bW\\d{1,2}(?:\\s?-\\s?\\d{1,2})?\\s*$");
    private static final Pattern BRACKET_DISTANCE = Pattern.compile(
            "\\s*[(（]\\s*(\\d{1,5}(?:[.,]\\d{1,2})?)\\s*(km|mtrs?|meters?|metres?|metros?|mètres?|m)\\.?\\s*[)）]", F);
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[(（]([^()（）]{1,80})[)）]\\s*$");
    private static final Pattern ALTERNATIVE = Pattern.compile("(?<=[\\p{L}\\d]{2})\\s?/\\s?(?=\\p{L}[\\p{L}\\d])");
    private static final Pattern NUMBER_LIST = Pattern.compile("\\s+\\d{1,4}(?:\\.\\d{1,2})?(?:\\s*,\\s*\\d{1,4}(?:\\.\\d{1,2})?)+\\s*$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}[.)]{1,2}\\s+\\p{Lu}\\p{Ll}");
    /** "**Main Lift** - all sets kept at 5 reps": a bold label explained in prose, a program note. */
    private static final Pattern BOLD_LABEL_PROSE = Pattern.compile(
            "\\*\\*[^*]{1,60}\\*\\*\\s*[-–—]\\s+\\p{Ll}[\\p{L}\\d/]*(?:\\s+\\S+){2,}");
    private static final Pattern SET_COUNT_LABEL = Pattern.compile(
            "^[-*+\\s]*(?:series|sets|sätze|séries|satz|serien)\\**\\s?:\\s?\\**\\s?\\d{1,2}\\s*$", F);
    private static final Pattern LABEL = Pattern.compile("^([\\p{L}]{2,14})\\s?:\\s*\\S");
    private static final Set<String> PERIOD_WORDS = Set.of("week", "weeks", "semana", "semanas", "woche", "wochen",
            "semaine", "settimana", "wk", "block", "phase", "cycle", "zyklus", "ciclo", "mesocycle", "every", "leader",
            "anchor", "deload", "month", "mes", "monat", "mois", "cada", "chaque", "jede", "jeden");
    private static final Set<String> LABEL_WORDS = Set.of("meta", "note", "notes", "nota", "notas", "notiz", "nombre",
            "name", "nom", "descripción", "descripcion", "description", "beschreibung", "objectif", "objective",
            "objetivo", "goal", "ziel", "hinweis", "focus", "fokus", "tip", "tips", "tipp", "remarque", "observação",
            "observación", "comment", "kommentar", "source", "quelle", "fuente", "rx", "rxd", "scaled");
    private static final Set<String> EQUIPMENT = Set.of("barbell", "dumbbell", "dumbbells", "db", "bb", "kb",
            "kettlebell", "cable", "machine", "band", "smith", "ez", "bar", "trap", "langhantel", "kurzhantel",
            "kurzhanteln", "maschine", "kabel", "mancuerna", "mancuernas", "barra", "halteres", "haltères", "haltère",
            "máquina", "polea", "ダンベル", "バーベル", "ケーブル", "マシン");
    private static final List<String> PER_SET_LABELS = List.of("por serie", "por série", "per set", "each set",
            "pro satz", "je satz", "par série", "par serie");
    private static final List<String> WEIGHT_LABELS = List.of("peso", "weight", "gewicht", "poids", "carga", "load", "kg", "lb");

    /**
     * The name without notation; "" when the text is only the label of a per-set row (the row then belongs to
     * the exercise above, marked {@link ExerciseDraft#perSetField}); null when it is no exercise name at all.
     */
    static String tidy(String name, ExerciseDraft d) {
        String n = withoutListNumber(name.strip());
        String lower = n.toLowerCase(Locale.ROOT);
        for (String label : PER_SET_LABELS) {
            if (lower.contains(label)) return perSetRow(lower, d);
        }
        if (n.startsWith("(") && n.endsWith(")")) return null;
        if (LABEL_WORDS.contains(lower)) return null;
        if (d.text != null && d.text.contains("**") && BOLD_LABEL_PROSE.matcher(d.text).find()) return null;
        // each pattern below is tried only on a name holding the character it cannot match without
        Matcher pair = LEADING_PAIR.matcher(n);
        if (startsWithDigit(n) && pair.lookingAt()) {
            // "12/9 Toes-to-Bar": Rx/scaled reps, the first is the prescription; "1/5 bench": part 1 of a ladder
            int a = Integer.parseInt(pair.group(1));
            int b = Integer.parseInt(pair.group(2));
            if (a > b && d.reps.isEmpty()) d.reps.add(String.valueOf(a));
            else d.note(pair.group());
            n = n.substring(pair.end());
        }
        if (n.indexOf('W') >= 0) n = WEEK_TAG.matcher(n).replaceFirst("");
        Matcher dist = BRACKET_DISTANCE.matcher(n);
        if (hasOpeningBracket(n) && dist.find()) {
            if (d.distanceMeters == null) d.distanceMeters = meters(dist.group(1), dist.group(2));
            n = (n.substring(0, dist.start()) + " " + n.substring(dist.end())).strip();
        }
        int bar = n.indexOf('|');
        if (bar > 0) {
            d.note(n.substring(bar + 1).strip());
            n = n.substring(0, bar).strip();
        }
        Matcher note = TRAILING_NOTE.matcher(n);
        if (hasOpeningBracket(n) && note.find() && note.start() > 0 && isNote(note.group(1))) {
            d.note(note.group(1).strip());
            n = n.substring(0, note.start()).strip();
        }
        Matcher alt = ALTERNATIVE.matcher(n);
        if (n.indexOf('/') >= 0 && alt.find() && n.indexOf('(') < 0) {
            // "Curl/hammer curl": the first alternative is the exercise, the others a note
            d.note("or " + n.substring(alt.end()).strip());
            n = n.substring(0, alt.start()).strip();
        }
        Matcher rx = TRAILING_PAIR.matcher(n);
        if (n.indexOf('/') >= 0 && rx.find() && rx.start() > 0) {
            int a = Integer.parseInt(rx.group(1));
            if (a > Integer.parseInt(rx.group(2)) && d.weights.isEmpty()) d.weights.add((double) a);
            else d.note(rx.group().strip());
            n = n.substring(0, rx.start()).strip();
        }
        Matcher list = NUMBER_LIST.matcher(n);
        if (n.indexOf(',') >= 0 && list.find() && list.start() > 0) {
            d.note(list.group().strip());
            n = n.substring(0, list.start()).strip();
        }
        n = NameCleaner.clean(n);
        if (n.isEmpty()) return name;
        return isNoExercise(n) ? null : n;
    }

    /** "4. Deadlift" (a numbered list item, often a markdown heading): the number is no part of the name. */
    static String withoutListNumber(String n) {
        return startsWithDigit(n) ? LIST_NUMBER.matcher(n).replaceFirst("") : n;
    }

    /** "(", or the full-width "（" Japanese and Chinese plans write. */
    private static boolean hasOpeningBracket(String n) {
        return n.indexOf('(') >= 0 || n.indexOf('（') >= 0;
    }

    private static boolean startsWithDigit(String n) {
        return !n.isEmpty() && n.charAt(0) >= '0' && n.charAt(0) <= '9';
    }

    /** "…ing. Then": a sentence break needs its full stop or bracket. */
    private static boolean sentenceBreak(String n) {
        return (n.indexOf('.') >= 0 || n.indexOf(')') >= 0) && SENTENCE_BREAK.matcher(n).find();
    }

    /** A heading word ("Week", "Anchor"), a "Label: value" line, or two sentences run together. */
    private static boolean isNoExercise(String n) {
        Matcher label = LABEL.matcher(n);
        if (label.lookingAt() && LABEL_WORDS.contains(label.group(1).toLowerCase(Locale.ROOT))) return true;
        if (Vocabulary.hasExerciseWord(n)) return sentenceBreak(n) && Vocabulary.words(n).size() > 3;
        List<String> ws = Vocabulary.words(n.toLowerCase(Locale.ROOT));
        if (!ws.isEmpty() && PERIOD_WORDS.contains(ws.get(0))) return true;
        return sentenceBreak(n);
    }

    /** "Series: 4" under an exercise heading: a labelled set count, not one set of 4 reps. */
    static void labelledSetCount(ExerciseDraft d) {
        if (d.sets != null || d.reps.size() != 1 || d.text == null) return;
        if (SET_COUNT_LABEL.matcher(d.text.strip()).matches()) {
            d.sets = Integer.parseInt(d.reps.get(0));
            d.reps.clear();
            d.perSetField = true;
        }
    }

    /** "12/9 Toes-to-Bar 60/50": Rx/scaled loads after the name, the first is the prescription. */
    private static final Pattern TRAILING_PAIR = Pattern.compile("\\s+(\\d{1,3})\\s?/\\s?(\\d{1,3})\\s*$");

    /** A bracket note: several words, alternatives or a "+", unless it only names the equipment. */
    private static boolean isNote(String inside) {
        String l = inside.toLowerCase(Locale.ROOT);
        if (l.contains("/") || l.contains("+") || l.contains("|")) return true;
        List<String> ws = Vocabulary.words(l);
        if (ws.size() < 2) return false;
        for (String w : ws) if (EQUIPMENT.contains(w)) return false;
        return true;
    }

    private static String perSetRow(String lower, ExerciseDraft d) {
        d.perSetField = true;
        boolean weights = false;
        for (String w : WEIGHT_LABELS) weights |= lower.contains(w);
        if (weights && d.weights.isEmpty() && !d.reps.isEmpty()) {
            // "Weights per set (kg): 100, 105, 110": the list reader took the loads for reps
            List<Double> loads = new ArrayList<>();
            for (String r : d.reps) {
                try { loads.add(Double.parseDouble(r)); } catch (NumberFormatException e) { return ""; }
            }
            d.reps.clear();
            d.weights.addAll(loads);
            if (d.unit == null && lower.contains("kg")) d.unit = "kg";
            if (d.unit == null && lower.contains("lb")) d.unit = "lb";
        }
        if (d.sets == null && Math.max(d.reps.size(), d.weights.size()) > 1) d.sets = Math.max(d.reps.size(), d.weights.size());
        return "";
    }

    private static double meters(String value, String unit) {
        double v = Double.parseDouble(value.replace(',', '.'));
        return unit.equalsIgnoreCase("km") ? v * 1000 : v;
    }
}
