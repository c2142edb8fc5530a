package com.workoutplanparser.match;

import java.util.List;
import java.util.Map;

/**
 * Gym words of the catalog's other languages (de, es, fr, it, pt) folded to the English token they mean, so a
 * name composes from its parts in any language: "rosca martelo com cabo" is "curl hammer cable", the words of
 * Cable Hammer Curl, even when no alias spells that combination. Applied by {@link Normaliser} to catalog names,
 * aliases and queries alike (keys are lower case, accents stripped). Only words with one gym meaning are here:
 * "flexão" (push-up, side bend or calf raise in pt) and "rodilla"/"joelho" (kneeling, or the knee of a knee raise)
 * are not; nor are
 * es "remo" (the rowing machine is "máquina de remo", a machine row "remo en máquina") and "prensa" (the leg press),
 * nor pt "voador" (the pec deck, not any fly).
 */
final class ForeignWords {

    private ForeignWords() {
    }

    /** Equipment. */
    static final Map<String, String> EQUIPMENT = Map.ofEntries(
            Map.entry("mancuerna", "dumbbell"), Map.entry("mancuernas", "dumbbell"),
            Map.entry("kurzhantel", "dumbbell"), Map.entry("kurzhanteln", "dumbbell"),
            Map.entry("haltere", "dumbbell"), Map.entry("halteres", "dumbbell"), Map.entry("halter", "dumbbell"),
            Map.entry("manubri", "dumbbell"), Map.entry("manubrio", "dumbbell"),
            Map.entry("langhantel", "barbell"), Map.entry("bilanciere", "barbell"),
            Map.entry("barra", "barbell"), Map.entry("barre", "barbell"),
            Map.entry("polea", "cable"), Map.entry("poulie", "cable"), Map.entry("kabelzug", "cable"),
            Map.entry("kabel", "cable"), Map.entry("cavi", "cable"), Map.entry("cavo", "cable"),
            Map.entry("cabo", "cable"), Map.entry("polia", "cable"),
            Map.entry("maquina", "machine"), Map.entry("maschine", "machine"), Map.entry("macchina", "machine"),
            Map.entry("corda", "rope"), Map.entry("cuerda", "rope"), Map.entry("corde", "rope"),
            Map.entry("seil", "rope"), Map.entry("anilha", "plate"), Map.entry("disque", "plate"),
            Map.entry("elastico", "band"), Map.entry("elastique", "band"), Map.entry("banda", "band"),
            Map.entry("widerstandsband", "band"), Map.entry("kugelhantel", "kettlebell"));

    /** Variant modifiers: position, grip, angle, side. */
    static final Map<String, String> MODIFIERS = Map.ofEntries(
            Map.entry("sentado", "seated"), Map.entry("sentada", "seated"), Map.entry("seduto", "seated"),
            Map.entry("seduta", "seated"), Map.entry("assis", "seated"), Map.entry("assise", "seated"),
            Map.entry("sitzend", "seated"), Map.entry("stehend", "standing"), Map.entry("debout", "standing"),
            Map.entry("inclinado", "incline"), Map.entry("inclinada", "incline"), Map.entry("inclinata", "incline"),
            Map.entry("inclinato", "incline"), Map.entry("declinado", "decline"), Map.entry("declinada", "decline"),
            Map.entry("declinata", "decline"), Map.entry("declinato", "decline"),
            Map.entry("martillo", "hammer"), Map.entry("martelo", "hammer"), Map.entry("marteau", "hammer"),
            Map.entry("martello", "hammer"),
            Map.entry("rumano", "romanian"), Map.entry("rumana", "romanian"), Map.entry("romeno", "romanian"),
            Map.entry("rumeno", "romanian"), Map.entry("roumain", "romanian"), Map.entry("rumanisches", "romanian"),
            Map.entry("rumanische", "romanian"), Map.entry("rumanisch", "romanian"),
            Map.entry("bulgarisch", "bulgarian"), Map.entry("bulgara", "bulgarian"),
            Map.entry("bulgaro", "bulgarian"), Map.entry("bulgare", "bulgarian"),
            Map.entry("bulgarische", "bulgarian"),
            Map.entry("vorne", "front"), Map.entry("vorn", "front"), Map.entry("hinten", "back"),
            Map.entry("schrag", "incline"), Map.entry("negativ", "decline"), Map.entry("liegend", "lying"),
            Map.entry("eng", "close"), Map.entry("enge", "close"), Map.entry("enges", "close"),
            Map.entry("breit", "wide"), Map.entry("breite", "wide"), Map.entry("breites", "wide"),
            Map.entry("einarmig", "single arm"), Map.entry("einarmige", "single arm"),
            Map.entry("einarmiges", "single arm"), Map.entry("einbeinig", "single leg"),
            Map.entry("einbeinige", "single leg"), Map.entry("einbeiniges", "single leg"),
            Map.entry("alternada", "alternating"), Map.entry("alternado", "alternating"),
            Map.entry("alterno", "alternating"), Map.entry("alterna", "alternating"),
            Map.entry("alternato", "alternating"), Map.entry("alternata", "alternating"),
            Map.entry("alterne", "alternating"), Map.entry("alternierend", "alternating"),
            Map.entry("deitado", "lying"), Map.entry("deitada", "lying"), Map.entry("tumbado", "lying"),
            Map.entry("tumbada", "lying"), Map.entry("acostado", "lying"), Map.entry("allonge", "lying"),
            Map.entry("allongee", "lying"), Map.entry("sdraiato", "lying"),
            Map.entry("ajoelhado", "kneeling"), Map.entry("ajoelhada", "kneeling"),
            Map.entry("arrodillado", "kneeling"), Map.entry("kniend", "kneeling"),
            Map.entry("fechada", "close"), Map.entry("fechado", "close"), Map.entry("cerrado", "close"),
            Map.entry("cerrada", "close"), Map.entry("estrecho", "close"), Map.entry("estrecha", "close"),
            Map.entry("serre", "close"), Map.entry("serree", "close"), Map.entry("stretta", "close"),
            Map.entry("aberta", "wide"), Map.entry("aberto", "wide"), Map.entry("abierto", "wide"),
            Map.entry("abierta", "wide"), Map.entry("ancho", "wide"), Map.entry("larga", "wide"),
            Map.entry("reversa", "reverse"), Map.entry("reverso", "reverse"), Map.entry("inversa", "reverse"),
            Map.entry("inverso", "reverse"), Map.entry("inverse", "reverse"), Map.entry("inversee", "reverse"),
            Map.entry("curvada", "bent over"), Map.entry("curvado", "bent over"),
            Map.entry("vorgebeugt", "bent over"), Map.entry("suspenso", "hanging"), Map.entry("suspensa", "hanging"),
            Map.entry("pegada", "grip"), Map.entry("agarre", "grip"), Map.entry("prise", "grip"),
            Map.entry("presa", "grip"), Map.entry("frontal", "front"), Map.entry("frontales", "front"),
            Map.entry("frontais", "front"), Map.entry("laterales", "lateral"), Map.entry("laterais", "lateral"),
            Map.entry("laterale", "lateral"), Map.entry("laterali", "lateral"),
            Map.entry("unilaterale", "unilateral"), Map.entry("unilateralmente", "unilateral"),
            // "um braço", "un brazo", "un bras", "un braccio": one arm; "uma perna", "una pierna": one leg
            Map.entry("um", "single"), Map.entry("uma", "single"), Map.entry("un", "single"),
            Map.entry("una", "single"), Map.entry("braco", "arm"), Map.entry("bracos", "arm"),
            Map.entry("brazo", "arm"), Map.entry("brazos", "arm"), Map.entry("bras", "arm"),
            Map.entry("braccio", "arm"), Map.entry("braccia", "arm"), Map.entry("perna", "leg"),
            Map.entry("pernas", "leg"), Map.entry("jambe", "leg"), Map.entry("jambes", "leg"),
            Map.entry("gamba", "leg"), Map.entry("gambe", "leg"),
            // "em pé", "de pé", "in piedi": standing
            Map.entry("pe", "standing"), Map.entry("piedi", "standing"));

    /** Movements. */
    static final Map<String, String> MOVEMENTS = Map.ofEntries(
            Map.entry("rosca", "curl"), Map.entry("roscas", "curl"),
            Map.entry("remada", "row"), Map.entry("remadas", "row"),
            Map.entry("rematore", "row"), Map.entry("rudern", "row"),
            Map.entry("agachamento", "squat"), Map.entry("agachamentos", "squat"),
            Map.entry("sentadilla", "squat"), Map.entry("sentadillas", "squat"),
            Map.entry("kniebeuge", "squat"), Map.entry("kniebeugen", "squat"),
            Map.entry("avanco", "lunge"), Map.entry("avancos", "lunge"), Map.entry("afundo", "lunge"),
            Map.entry("afundos", "lunge"), Map.entry("zancada", "lunge"), Map.entry("zancadas", "lunge"),
            Map.entry("estocada", "lunge"), Map.entry("estocadas", "lunge"), Map.entry("fente", "lunge"),
            Map.entry("fentes", "lunge"), Map.entry("affondo", "lunge"), Map.entry("affondi", "lunge"),
            Map.entry("ausfallschritt", "lunge"), Map.entry("ausfallschritte", "lunge"),
            Map.entry("dominada", "pull up"), Map.entry("dominadas", "pull up"), Map.entry("tractions", "pull up"),
            Map.entry("trazioni", "pull up"), Map.entry("klimmzug", "pull up"), Map.entry("klimmzuge", "pull up"),
            Map.entry("flexiones", "push up"), Map.entry("pompes", "push up"), Map.entry("flessioni", "push up"),
            Map.entry("piegamenti", "push up"), Map.entry("liegestutz", "push up"),
            Map.entry("liegestutze", "push up"),
            Map.entry("fondos", "dip"), Map.entry("mergulho", "dip"), Map.entry("mergulhos", "dip"),
            Map.entry("elevacao", "raise"), Map.entry("elevacoes", "raise"), Map.entry("elevacion", "raise"),
            Map.entry("elevaciones", "raise"), Map.entry("elevations", "raise"), Map.entry("alzata", "raise"),
            Map.entry("alzate", "raise"), Map.entry("extensao", "extension"), Map.entry("extensoes", "extension"),
            Map.entry("extensiones", "extension"), Map.entry("estensione", "extension"),
            Map.entry("estensioni", "extension"),
            Map.entry("apertura", "fly"), Map.entry("aperturas", "fly"),
            Map.entry("crucifixo", "fly"), Map.entry("ecarte", "fly"), Map.entry("ecartes", "fly"),
            Map.entry("croci", "fly"), Map.entry("fliegende", "fly"), Map.entry("fliegenden", "fly"),
            Map.entry("encogimiento", "shrug"), Map.entry("encogimientos", "shrug"),
            Map.entry("encolhimento", "shrug"), Map.entry("encolhimentos", "shrug"),
            Map.entry("haussement", "shrug"), Map.entry("haussements", "shrug"), Map.entry("scrollate", "shrug"),
            Map.entry("panturrilha", "calf"), Map.entry("panturrilhas", "calf"), Map.entry("gemelo", "calf"),
            Map.entry("gemelos", "calf"), Map.entry("mollet", "calf"), Map.entry("mollets", "calf"),
            Map.entry("polpacci", "calf"), Map.entry("polpaccio", "calf"),
            Map.entry("prancha", "plank"), Map.entry("plancha", "plank"),
            Map.entry("jalon", "pulldown"), Map.entry("puxada", "pulldown"), Map.entry("puxador", "pulldown"),
            Map.entry("pierna", "leg"), Map.entry("piernas", "leg"), Map.entry("cuisse", "leg"),
            Map.entry("cuisses", "leg"), Map.entry("presse", "press"),
            Map.entry("developpe", "press"), Map.entry("distensione", "press"), Map.entry("distensioni", "press"),
            Map.entry("spinta", "press"), Map.entry("spinte", "press"), Map.entry("panca", "bench"),
            Map.entry("kreuzheben", "deadlift"), Map.entry("bankdrucken", "bench press"),
            Map.entry("schulterdrucken", "shoulder press"), Map.entry("seitheben", "lateral raise"),
            Map.entry("frontheben", "front raise"), Map.entry("wadenheben", "calf raise"),
            Map.entry("beinpresse", "leg press"), Map.entry("beinstrecker", "leg extension"),
            Map.entry("beinbeuger", "leg curl"), Map.entry("latziehen", "lat pulldown"));

    /**
     * Two-word names, in token form (after the words above and the filler words): "peso muerto", "levantamento
     * terra", "soulevé de terre", "stacco da terra" are the deadlift; "barra fixa" the pull-up; "développé couché",
     * "press de banca", "panca piana" the bench press.
     */
    static final Map<String, List<String>> PHRASES = Map.of(
            "peso murto", List.of("deadlift"), // "muerto" after the ue fold
            "levantamento terra", List.of("deadlift"),
            "souleve terre", List.of("deadlift"),
            "stacco terra", List.of("deadlift"),
            "barbell fixa", List.of("pull", "up"),
            "press couche", List.of("bench", "press"),
            "press banca", List.of("bench", "press"),
            "bench piana", List.of("bench", "press")); // "panca piana"

    /** First words of {@link #PHRASES}: a token list without any of them needs no phrase pass. */
    static final java.util.Set<String> PHRASE_STARTS = java.util.Set.of("peso", "levantamento", "souleve", "stacco",
            "barbell", "press", "bench");
}
