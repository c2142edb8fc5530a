package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads workout-log exports that write one row per logged set (Strong in every era and locale, Hevy, FitNotes,
 * Fitbod, home-made CSV/TSV logs) back into what was trained: one day per session and one exercise per exercise
 * of that session, with sets = the number of rows and per-set reps and loads.
 *
 * <p>A session is all rows of one (date, workout name); rows of one exercise are folded even when other exercises
 * were logged between them (FitNotes and Hevy interleave supersets). Rows marked as warm-ups (Hevy
 * {@code set_type}, Fitbod {@code isWarmup}, Strong's "W" set order) are read but left out of the sets.
 * Values that only say "nothing here" in an export (weight 0 on every set, reps 0 on a timed row, seconds 0)
 * become null rather than zero.
 */
final class ExportTableReader {

    /** Rows recognised as a per-set log: the header names sessions (a date or workout) or marks warm-ups. */
    static boolean isSetLog(TableColumns cols) {
        boolean sessions = cols.has(TableColumns.Role.DATE) || cols.has(TableColumns.Role.WORKOUT);
        boolean setMarks = cols.has(TableColumns.Role.SET_TYPE) || cols.has(TableColumns.Role.WARMUP);
        boolean perSetColumns = cols.has(TableColumns.Role.REPS) || cols.has(TableColumns.Role.WEIGHT)
                || cols.has(TableColumns.Role.DURATION) || cols.has(TableColumns.Role.DISTANCE);
        return perSetColumns && !cols.has(TableColumns.Role.DAY) && !cols.has(TableColumns.Role.WEEK)
                && !cols.has(TableColumns.Role.PRESCRIPTION) && (sessions || setMarks);
    }

    /** The exercise of one session while its rows are collected. */
    private static final class Sets {
        final String name;
        final String text;
        final List<ExportSetRow> rows = new ArrayList<>();
        int warmups;

        Sets(String name, String text) {
            this.name = name;
            this.text = text;
        }
    }

    private static final class Session {
        final String date;
        final String workout;
        final Map<String, Sets> exercises = new LinkedHashMap<>();

        Session(String date, String workout) {
            this.date = date;
            this.workout = workout;
        }

        String label() {
            return workout != null ? workout : date;
        }
    }

    /**
     * Reads the log whose header is line {@code start}; returns the index of the first line after it.
     *
     * @param splitter how one row is cut into cells (CSV with a delimiter, or markdown pipes)
     */
    int read(List<String> raw, int start, TableColumns cols, java.util.function.Function<String, List<String>> splitter,
             PlanAssembler plan) {
        plan.tableLine(start, LineKind.HEADING, null);
        boolean dated = cols.has(TableColumns.Role.DATE);
        List<Session> sessions = new ArrayList<>();
        Map<String, Session> byKey = new HashMap<>();
        Session current = null;
        int i = start + 1;
        for (; i < raw.size(); i++) {
            String line = raw.get(i);
            String norm = TextLines.normalise(line);
            if (norm.isEmpty() || norm.length() > 2000) break;
            if (RuleParser.isBlank(norm)) {
                plan.tableLine(i, LineKind.BLANK, null); // a markdown |---| separator or an empty ",,," row
                continue;
            }
            List<String> cells = splitter.apply(line);
            if (cells.size() < 2) break;
            ExportSetRow row = ExportSetRow.of(ExportSetRow.rejoinName(cells, cols), cols);
            if (row == null) {
                plan.tableLine(i, LineKind.UNREAD, "log row without an exercise name");
                continue;
            }
            String date = dated ? row.date : null;
            String key = date + "\u0001" + row.workout;
            if (current == null || !key.equals(sessionKey(current))) {
                // rows sorted by exercise come back to an earlier session: only a dated log can say so
                Session earlier = dated ? byKey.get(key) : null;
                if (earlier != null) {
                    current = earlier;
                } else {
                    current = new Session(date, row.workout);
                    sessions.add(current);
                    byKey.put(key, current);
                }
            }
            plan.tableLine(i, LineKind.EXERCISE, null);
            Sets sets = current.exercises.computeIfAbsent(row.name, n -> new Sets(n, line.strip()));
            if (row.warmup) sets.warmups++;
            else sets.rows.add(row);
        }
        emit(sessions, cols, plan);
        return i;
    }

    private static String sessionKey(Session s) {
        return s.date + "\u0001" + s.workout;
    }

    private static void emit(List<Session> sessions, TableColumns cols, PlanAssembler plan) {
        boolean namesDays = cols.has(TableColumns.Role.DATE) || cols.has(TableColumns.Role.WORKOUT);
        Map<String, String> supersetLetters = new HashMap<>();
        for (Session s : sessions) {
            String label = s.label();
            if (namesDays) plan.tableSession(label);
            supersetLetters.clear();
            for (Sets e : s.exercises.values()) {
                if (e.rows.isEmpty()) continue; // only warm-ups were logged
                ExerciseDraft d = ExportSetRow.fold(e.name, e.text, e.rows, supersetLetters);
                if (e.warmups > 0) d.note("warm-up sets left out: " + e.warmups);
                plan.tableExercise(null, label, namesDays, d);
            }
        }
    }
}
