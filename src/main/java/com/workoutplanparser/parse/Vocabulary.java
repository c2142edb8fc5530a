package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words the rules recognise, in the languages coaches commonly write in (English, French, Spanish, German).
 * Kept in one place so that a missing word is added once and every reader benefits.
 * Words are lower case; multi-language variants are listed with and without accents because phones drop them.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Word stems that make a short line look like an exercise name. Matched as prefixes of words. */
    static final List<String> EXERCISE_STEMS = List.of(
            // English
            "squat", "bench", "press", "deadlift", "dead", "lift", "row", "pull", "push", "chin", "dip", "curl",
            "extension", "raise", "fly", "flye", "lunge", "plank", "crunch", "sit-up", "situp", "bridge", "thrust",
            "burpee", "jump", "run", "jog", "bike", "cycl", "swim", "walk", "sprint", "swing", "snatch", "clean",
            "jerk", "carry", "carries", "farmer", "shrug", "kickback", "skull", "crusher", "pulldown", "pullover",
            "pullup", "pushup", "chinup", "step", "calf", "calves", "hip", "glute", "leg", "ham", "rdl", "ohp", "rope",
            "thruster", "wall ball", "wallball", "ball", "box", "kettlebell", "kb", "db", "bb", "dumbbell", "barbell",
            "cable", "machine", "sled", "rower", "erg", "ski", "assault", "airbike", "double", "under", "toes",
            "knee", "muscle", "handstand", "hollow", "superman", "bird", "dog", "mountain", "climber", "jack",
            "skater", "good morning", "face", "band", "rack", "hang", "split", "goblet", "front", "back", "overhead",
            "incline", "decline", "hack", "sumo", "romanian", "nordic", "hyperextension", "hyper", "ab", "abs",
            "wheel", "russian", "twist", "woodchop", "pallof", "landmine", "zercher", "pistol", "wall sit", "sit",
            "stretch", "foam", "roll", "mobility", "cardio", "elliptical", "stair", "treadmill", "hike", "yoga",
            "arnold", "lateral", "reverse", "preacher", "hammer", "tricep", "bicep", "pec", "delt", "trap", "lat",
            "wrist", "neck", "adductor", "abductor", "kick", "toe", "v-up", "get-up", "getup", "turkish", "devil",
            "clean", "power", "strict", "kipping", "ring", "rdl", "sldl", "glute-ham", "ghd", "pike", "hspu",
            "t2b", "k2e", "du", "cal", "wod",
            // French
            "développé", "developpe", "soulevé", "souleve", "tirage", "traction", "pompe", "fente", "gainage",
            "rowing", "écarté", "ecarte", "élévation", "elevation", "mollet", "hanche", "course", "vélo", "velo",
            "rameur", "corde", "tirage", "presse", "hip thrust", "oiseau", "planche", "burpees", "montée", "montee",
            // Spanish
            "sentadilla", "press", "peso muerto", "remo", "dominada", "flexion", "flexión", "zancada", "plancha",
            "jalón", "jalon", "curl", "fondo", "elevación", "elevacion", "carrera", "correr", "bicicleta", "prensa",
            "abdominal", "puente", "empuje", "zancadas", "aperturas", "apertura",
            // German
            "kniebeuge", "bankdrücken", "bankdruecken", "kreuzheben", "klimmzug", "klimmzüge", "rudern", "liegestütz",
            "liegestuetz", "ausfallschritt", "ausfallschritte", "schulterdrücken", "schulterdruecken", "seitheben",
            "latzug", "beinpresse", "wadenheben", "dips", "unterarm", "crunches", "hüftheben", "laufen", "lauf",
            "radfahren", "rudergerät", "seilspringen", "kurzhantel", "langhantel", "drücken", "druecken", "heben",
            "beuge", "zug");

    static final Set<String> WEEKDAYS = set(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");

    /** Words that name a training day in a heading ("Day 1", "Séance 2", "Workout A"). */
    static final Set<String> DAY_WORDS = set(
            "day", "jour", "día", "dia", "tag", "session", "séance", "seance", "sesión", "sesion", "einheit",
            "workout", "training", "entraînement", "entrainement", "entrenamiento", "wod", "trainingstag");

    /** Words of a split ("Push A", "Upper 1", "Séance jambes", "Chest & Triceps"). */
    static final Set<String> SPLIT_WORDS = set(
            "push", "pull", "legs", "leg", "upper", "lower", "full", "body", "fullbody", "full-body", "chest", "back",
            "shoulders", "shoulder", "arms", "arm", "biceps", "triceps", "glutes", "hamstrings", "quads", "posterior",
            "anterior", "chain", "core", "torso", "cardio", "conditioning", "mobility", "hiit", "running", "endurance",
            "speed", "arms", "recovery",
            "jambes", "jambe", "haut", "bas", "corps", "pecs", "pectoraux", "dos", "épaules", "epaules", "bras",
            "fessiers", "complet",
            "pierna", "piernas", "pecho", "espalda", "hombros", "brazos", "tren", "superior", "inferior", "cuerpo",
            "completo", "glúteos", "gluteos",
            "beine", "brust", "rücken", "ruecken", "schultern", "arme", "oberkörper", "unterkörper", "ganzkörper",
            "oberkoerper", "unterkoerper", "ganzkoerper", "po");

    /** Filler allowed in a day or section heading next to the words that make it one. */
    static final Set<String> HEADING_FILLER = set(
            "&", "and", "+", "/", "-", "y", "et", "und", "e", "a", "b", "c", "d", "1", "2", "3", "4", "5", "6", "7",
            "focus", "day", "de", "des", "du", "la", "le", "el", "der", "die", "das", "i", "ii", "iii", "heavy",
            "light", "volume", "strength", "hypertrophy", "power", "emphasis", "dominant", "accessory", "only");

    static final Set<String> REST_DAY_WORDS = set(
            "rest", "off", "repos", "descanso", "ruhetag", "libre", "frei", "pause", "recovery", "récupération");

    /** Section headings inside a day. Matched against the whole heading (multi-word entries included). */
    static final Set<String> SECTIONS = set(
            "warm-up", "warmup", "warm up", "warm-ups", "cool-down", "cooldown", "cool down", "finisher", "finishers",
            "accessories", "accessory", "accessory work", "assistance", "assistance work", "main", "main lift",
            "main lifts", "main work", "main set", "strength", "conditioning", "metcon", "core", "abs", "mobility",
            "cardio", "skill", "skills", "power", "plyometrics", "plyos", "activation", "prehab", "stretching",
            "workout", "wod", "part a", "part b", "part c", "block a", "block b", "block c", "intervals",
            "échauffement", "echauffement", "retour au calme", "renforcement", "gainage", "étirements", "etirements",
            "corps de séance", "calentamiento", "enfriamiento", "vuelta a la calma", "parte principal", "fuerza",
            "accesorios", "estiramientos", "aufwärmen", "aufwaermen", "aufwärmprogramm", "abwärmen", "hauptteil",
            "kraft", "zusatzübungen", "dehnen", "cooldown", "buy-in", "buy in", "cash-out", "cash out", "hypertrophy",
            "bodybuilding", "pump", "olympic lifting", "gymnastics", "engine", "metabolic", "aerobic", "recovery");

    static final Set<String> TITLE_WORDS = set(
            "program", "programme", "plan", "routine", "block", "cycle", "phase", "split", "template", "protocol",
            "programa", "rutina", "programm", "trainingsplan", "mesocycle", "mésocycle", "mesociclo", "cycle");

    static final List<String> GREETINGS = List.of(
            "hi", "hey", "hello", "dear", "good morning", "good afternoon", "good evening", "morning", "yo", "hiya",
            "bonjour", "salut", "coucou", "bonsoir", "hola", "buenos días", "buenos dias", "buenas", "querido",
            "querida", "hallo", "servus", "moin", "liebe", "lieber", "guten morgen", "guten tag", "greetings", "welcome", "bienvenue", "bienvenido",
            "bienvenida", "willkommen");

    static final List<String> SIGN_OFFS = List.of(
            "cheers", "thanks", "thank you", "best", "regards", "kind regards", "best regards", "warm regards",
            "talk soon", "see you", "see ya", "speak soon", "let me know", "any questions", "have fun", "enjoy",
            "good luck", "keep it up", "sent from my", "get after it", "you got this", "stay strong", "take care",
            "merci", "à bientôt", "a bientot", "bises", "cordialement", "bon courage", "bonne séance", "bonne seance",
            "gracias", "saludos", "un abrazo", "nos vemos", "suerte", "viele grüße", "viele grüsse", "liebe grüße",
            "lg", "mfg", "bis bald", "viel erfolg", "viel spaß", "coach", "xx", "xoxo", "ciao", "peace", "love");

    static final List<String> EMAIL_HEADERS = List.of(
            "from:", "to:", "subject:", "date:", "sent:", "cc:", "objet :", "objet:", "de :", "à :", "asunto:",
            "para:", "fecha:", "betreff:", "von:", "an:", "datum:", "re:", "fwd:", "fw:");

    /** Words that belong to sentences, not to exercise names: their presence means prose around the plan. */
    static final Set<String> SENTENCE_WORDS = set(
            "the", "then", "i", "i'm", "i've", "i'd", "you", "your", "you're", "you'll", "we", "we'll", "our", "us", "my", "me",
            "should", "will", "would", "could", "can", "please", "let's", "lets", "this", "that", "these", "those",
            "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "did", "don't", "if", "because",
            "so", "but", "just", "make", "sure", "try", "feel", "felt", "want", "need", "it", "it's", "there",
            "here's", "here", "what", "when", "how", "why", "which", "who", "not", "also", "really", "going", "get",
            "je", "tu", "vous", "nous", "est", "sont", "pour", "pas", "ton", "ta", "tes", "votre", "vos", "il", "elle",
            "yo", "tú", "usted", "es", "son", "para", "tu", "tus", "su", "sus", "que", "qué",
            "ich", "du", "sie", "wir", "ist", "sind", "dein", "deine", "ihr", "bitte", "nicht", "dass", "wenn");

    /** Number words that stand for digits next to a quantity word ("three sets of ten"). */
    static final String[][] NUMBER_WORDS = {
            {"one", "1"}, {"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"}, {"seven", "7"},
            {"eight", "8"}, {"nine", "9"}, {"ten", "10"}, {"twelve", "12"}, {"fifteen", "15"}, {"twenty", "20"},
            {"un", "1"}, {"une", "1"}, {"deux", "2"}, {"trois", "3"}, {"quatre", "4"}, {"cinq", "5"}, {"six", "6"},
            {"sept", "7"}, {"huit", "8"}, {"neuf", "9"}, {"dix", "10"}, {"douze", "12"}, {"quinze", "15"},
            {"vingt", "20"}, {"uno", "1"}, {"una", "1"}, {"dos", "2"}, {"tres", "3"}, {"cuatro", "4"}, {"cinco", "5"},
            {"seis", "6"}, {"siete", "7"}, {"ocho", "8"}, {"nueve", "9"}, {"diez", "10"}, {"doce", "12"},
            {"quince", "15"}, {"veinte", "20"}, {"eins", "1"}, {"zwei", "2"}, {"drei", "3"}, {"vier", "4"},
            {"fünf", "5"}, {"sechs", "6"}, {"sieben", "7"}, {"acht", "8"}, {"neun", "9"}, {"zehn", "10"},
            {"zwölf", "12"}, {"fünfzehn", "15"}, {"zwanzig", "20"}};

    /** A set from a word list that may repeat words (lists are easier to maintain than to keep unique). */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Splits into lower-case words: letters, digits and inner apostrophes/hyphens. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String l = lower(s);
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            boolean inner = (c == '\'' || c == '-') && w.length() > 0 && i + 1 < l.length()
                    && Character.isLetterOrDigit(l.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                w.append(c);
            } else {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
                if (c == '&' || c == '+' || c == '/') {
                    out.add(String.valueOf(c));
                }
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** True when some word of the text starts with an exercise stem (or the text contains a multi-word stem). */
    static boolean hasExerciseWord(String text) {
        String l = lower(text);
        for (String stem : MULTI_WORD_STEMS) {
            if (l.contains(stem)) return true;
        }
        for (String w : words(l)) {
            if (w.length() < 2) continue;
            List<String> stems = STEMS_BY_START.get(w.substring(0, 2));
            if (stems == null) continue;
            for (String stem : stems) {
                if (w.startsWith(stem) && (stem.length() >= 4 || w.length() <= stem.length() + 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Stems indexed by their first two letters, so a word is compared with a handful of stems, not all. */
    private static final java.util.Map<String, List<String>> STEMS_BY_START = new java.util.HashMap<>();
    private static final List<String> MULTI_WORD_STEMS = new ArrayList<>();

    static {
        for (String stem : EXERCISE_STEMS) {
            if (stem.indexOf(' ') >= 0) MULTI_WORD_STEMS.add(stem);
            else if (stem.length() >= 2) STEMS_BY_START.computeIfAbsent(stem.substring(0, 2), k -> new ArrayList<>()).add(stem);
        }
    }

    static boolean startsWithAny(String lowerText, List<String> prefixes) {
        for (String p : prefixes) {
            if (lowerText.startsWith(p)) {
                int end = p.length();
                if (end == lowerText.length() || !Character.isLetter(lowerText.charAt(end)) || p.endsWith(":")) {
                    return true;
                }
            }
        }
        return false;
    }

    static int sentenceWordCount(List<String> ws) {
        int n = 0;
        for (String w : ws) {
            if (SENTENCE_WORDS.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
