package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps table and CSV headers to the fields they hold, in the languages and export formats seen in practice
 * (Strong, Hevy, spreadsheets, markdown tables). The same mapping serves both readers so that a column named
 * "Séries" means sets in a CSV export and in a pasted table alike.
 */
final class TableColumns {

    enum Role {
        NAME, SETS, SET_INDEX, REPS, PRESCRIPTION, WEIGHT, UNIT, PERCENT, RPE, RIR, DURATION, DISTANCE, REST, TEMPO,
        NOTES, DAY, WEEK, WORKOUT, DATE, SET_TYPE, WARMUP, SUPERSET, DISTANCE_UNIT, IGNORE
    }

    final List<Role> roles;
    /** Unit written in a header ("weight_kg", "Weight (lbs)", "distance_km"), per column. */
    final List<String> unitHints;

    private TableColumns(List<Role> roles, List<String> unitHints) {
        this.roles = roles;
        this.unitHints = unitHints;
    }

    static TableColumns of(List<String> headers) {
        List<Role> roles = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (String h : headers) {
            String l = h.toLowerCase(Locale.ROOT).replace("**", "").replace('_', ' ').strip();
            String hint = null;
            if (l.matches(".*\\b(kg|kgs|kilos?)\\b.*")) hint = "kg";
            else if (l.matches(".*\\b(lb|lbs|pounds?)\\b.*")) hint = "lb";
            else if (l.matches(".*\\bkm\\b.*")) hint = "km";
            else if (l.matches(".*\\b(miles?|mi)\\b.*")) hint = "mi";
            else if (l.matches(".*\\((m|meters?|metres?)\\)|.*\\bdistance m\\b.*")) hint = "m";
            else if (l.matches(".*\\b(s|sec|secs|seconds|secondes|sekunden|segundos|secondi)\\b.*")) hint = "s";
            else if (l.matches(".*\\b(min|mins|minutes)\\b.*")) hint = "min";
            String core = l.replaceAll("\\(.*\\)", "").replaceAll("\\b(kg|kgs|lbs?|km|s|sec|secs|min)\\b", "")
                    .replaceAll("[^\\p{L}%# ]", " ").replaceAll("\\s+", " ").strip();
            Role r = role(core, l);
            if (r == Role.IGNORE && hint != null && core.matches("(mi|miles?|m)?")) r = unitOnlyColumn(hint); // legacy Strong "kg", "km"
            roles.add(r);
            hints.add(hint);
        }
        // Strong writes the workout's length in "Duration" ("1h 5m", "Durée", "Dauer") and a set's time in
        // "Seconds" ("Secondes", "Sekunden"): with two time columns, the one in seconds is the set's
        if (roles.stream().filter(r -> r == Role.DURATION).count() > 1) {
            int secondsCol = -1;
            for (int i = 0; i < roles.size(); i++) {
                if (roles.get(i) == Role.DURATION && "s".equals(hints.get(i))) secondsCol = i;
            }
            if (secondsCol >= 0) {
                for (int i = 0; i < roles.size(); i++) {
                    if (i != secondsCol && roles.get(i) == Role.DURATION) roles.set(i, Role.IGNORE);
                }
            }
        }
        return new TableColumns(roles, hints);
    }

    private static Role role(String core, String full) {
        switch (core) {
            case "exercise", "exercise name", "exercise title", "exercises", "exercice", "exercices", "ejercicio",
                 "ejercicios", "übung", "übungen", "uebung", "movement", "movements", "lift", "exercise type",
                 "nom de l exercice", "übungsname", "uebungsname", "nombre del ejercicio", "nome do exercício",
                 "nome do exercicio", "exercício", "esercizio", "nome esercizio", "oefening" -> {
                return Role.NAME;
            }
            case "sets", "séries", "series", "sätze", "saetze", "# sets", "rounds", "nb séries", "set count" -> {
                return Role.SETS;
            }
            case "set order", "set index", "set", "set #", "set number", "satz", "série", "serie", "#",
                 "ordre de la série", "ordre des séries", "satzreihenfolge", "satz nr", "orden de la serie",
                 "orden de series", "ordem da série", "ordem das séries" -> {
                return Role.SET_INDEX;
            }
            case "reps", "rep", "répétitions", "repetitions", "répétition", "repeticiones", "wdh", "wiederholungen",
                 "reps time", "target reps", "reps per set", "réps", "rép", "wiederh", "repetições",
                 "repeticoes", "ripetizioni" -> {
                return Role.REPS;
            }
            case "sets x reps", "sets reps", "séries x reps", "series x reps", "prescription", "scheme", "volume",
                 "séries x répétitions", "sätze x wdh", "work", "sets x reps x weight" -> {
                return Role.PRESCRIPTION;
            }
            case "weight", "load", "charge", "poids", "gewicht", "peso", "kg", "lbs", "lb", "weight used", "carga",
                 "carga total", "total load", "charge totale", "peso total", "gesamtgewicht" -> {
                return Role.WEIGHT;
            }
            case "unit", "units", "weight unit", "unité", "unité de poids", "gewichtseinheit", "unidad de peso",
                 "unidad", "einheit" -> {
                return Role.UNIT;
            }
            case "%", "% 1rm", "%1rm", "% rm", "percent", "percentage", "intensity", "intensité", "intensidad",
                 "% of tm", "% tm", "pct", "% of 1rm", "1rm %", "% of max" -> {
                return Role.PERCENT;
            }
            case "rpe", "target rpe" -> {
                return Role.RPE;
            }
            case "rir" -> {
                return Role.RIR;
            }
            case "seconds", "duration seconds", "duration", "time", "durée", "tiempo", "dauer", "zeit", "secondes",
                 "sekunden", "segundos", "secondi", "duración", "duração", "durata" -> {
                return Role.DURATION;
            }
            case "distance", "distance km", "distance m", "distancia", "distance miles", "distance mi",
                 "entfernung", "distanz", "distância", "distanza" -> {
                return Role.DISTANCE;
            }
            case "rest", "récup", "recup", "récupération", "repos", "descanso", "pause", "rest seconds", "rest time" -> {
                return Role.REST;
            }
            case "tempo" -> {
                return Role.TEMPO;
            }
            case "notes", "note", "exercise notes", "comments", "comment", "remarques", "notas", "notizen", "cues",
                 "coaching notes", "coach notes", "hinweise" -> {
                return Role.NOTES;
            }
            case "day", "jour", "día", "dia", "tag", "session", "séance", "training day" -> {
                return Role.DAY;
            }
            case "week", "semaine", "semana", "woche", "wk" -> {
                return Role.WEEK;
            }
            case "workout name", "workout", "title", "routine", "routine name", "workout title",
                 "nom de l entraînement", "nom de l entrainement", "trainingsname", "training", "name des trainings",
                 "nombre del entrenamiento", "nome do treino", "nome allenamento" -> {
                return Role.WORKOUT;
            }
            case "date", "start time", "datum", "fecha", "data", "workout date" -> {
                return Role.DATE;
            }
            case "set type", "type de série", "satztyp", "tipo de serie", "tipo de série" -> {
                return Role.SET_TYPE;
            }
            case "iswarmup", "is warmup", "warmup", "warm up", "is warm up", "échauffement", "aufwärmen" -> {
                return Role.WARMUP;
            }
            case "distance unit", "unité de distance", "entfernungseinheit", "unidad de distancia" -> {
                return Role.DISTANCE_UNIT;
            }
            case "superset id", "superset", "group", "superset group" -> {
                return Role.SUPERSET;
            }
            default -> {
                return Role.IGNORE;
            }
        }
    }

    /** A header that is only a unit ("kg", "km" in 2016 Strong exports) names the column by its unit. */
    private static Role unitOnlyColumn(String hint) {
        return switch (hint) {
            case "kg", "lb" -> Role.WEIGHT;
            case "km", "mi", "m" -> Role.DISTANCE;
            case "s", "min" -> Role.DURATION;
            default -> Role.IGNORE;
        };
    }

    int col(Role r) {
        return roles.indexOf(r);
    }

    boolean has(Role r) {
        return roles.contains(r);
    }

    /** A header is a plan table when it names exercises and at least one quantity. */
    boolean isPlanTable() {
        return has(Role.NAME) && (has(Role.SETS) || has(Role.REPS) || has(Role.WEIGHT) || has(Role.SET_INDEX)
                || has(Role.PRESCRIPTION) || has(Role.DURATION) || has(Role.DISTANCE) || has(Role.PERCENT));
    }

    /** One row per set (Strong, Hevy, 5/3/1 sheets): rows are grouped back into exercises. */
    boolean rowPerSet() {
        return has(Role.SET_INDEX) && !has(Role.SETS);
    }
}
