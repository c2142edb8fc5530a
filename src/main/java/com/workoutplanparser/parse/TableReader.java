package com.workoutplanparser.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads plans laid out as tables: markdown tables ("| Exercise | Sets | Reps |") and CSV exports (Strong, Hevy,
 * spreadsheet plans, with comma, semicolon or tab separators). A table is recognised by a header that names an
 * exercise column and a quantity column; its rows are then read cell by cell, which is more exact than reading
 * the row as free text. Exports with one row per set are grouped back into one exercise per run of rows.
 */
final class TableReader {

    private static final Pattern MD_SEPARATOR = Pattern.compile("^\\|?\\s?:?-{2,}:?\\s?(?:\\|\\s?:?-{2,}:?\\s?)*\\|?$");
    /** The border of an ASCII-art grid: "+------+-----+" (or "+======+" under the header). */
    private static final Pattern GRID_BORDER = Pattern.compile("^\\+[-=:]{2,}(?:\\+[-=:]{2,})*\\+$");
    private static final Pattern REPS_CELL = Pattern.compile("^\\d{1,3}(?:\\s?-\\s?\\d{1,3})?\\+?$");
    private static final int MAX_ROW = 2000;

    private final ExerciseLineReader lineReader;
    private final HeadingReader headingReader = new HeadingReader();
    private final ExportTableReader exportReader = new ExportTableReader();
    private final YamlLogTable yamlLog = new YamlLogTable(this);

    TableReader(ExerciseLineReader lineReader) {
        this.lineReader = lineReader;
    }

    /** Reads the table starting at line i, if one does; returns the index after it, or i when there is none. */
    int readTable(List<String> raw, int i, String norm, PlanAssembler plan) {
        if (norm.length() > MAX_ROW) return i;
        int yamlEnd = yamlLog.read(raw, i, plan);
        if (yamlEnd > i) return yamlEnd;
        if (norm.indexOf('|') >= 0 && i + 1 < raw.size()) {
            String next = TextLines.normalise(raw.get(i + 1));
            boolean separated = next.indexOf("--") >= 0 && MD_SEPARATOR.matcher(next).matches();
            if (separated || next.startsWith("+") && GRID_BORDER.matcher(next).matches()) {
                TableColumns cols = TableColumns.of(TableCells.markdown(norm));
                if (cols.isPlanTable() && ExportTableReader.isSetLog(cols)) {
                    return exportReader.read(raw, i, cols, l -> TableCells.markdown(TextLines.normalise(l)), plan);
                }
                if (cols.isPlanTable()) {
                    return readRows(raw, i, cols, plan, '|', true);
                }
            }
        }
        char delim = TableCells.delimiter(raw.get(i));
        if (delim != 0 && mayNameExercises(norm)) {
            TableColumns cols = TableColumns.of(TableCells.csv(raw.get(i), delim));
            if (cols.isPlanTable() && ExportTableReader.isSetLog(cols)) {
                return exportReader.read(raw, i, cols, l -> TableCells.csv(l, delim), plan);
            }
            if (cols.isPlanTable()) {
                return readRows(raw, i, cols, plan, delim, false);
            }
        }
        return i;
    }

    private int readRows(List<String> raw, int start, TableColumns cols, PlanAssembler plan, char delim, boolean md) {
        plan.tableLine(start, LineKind.HEADING, null);
        int i = start + 1;
        if (md) {
            plan.tableLine(i, LineKind.BLANK, null); // the |---|---| separator
            i++;
        }
        boolean rowsNameDays = cols.has(TableColumns.Role.DAY) || cols.has(TableColumns.Role.WEEK)
                || cols.has(TableColumns.Role.WORKOUT) || cols.has(TableColumns.Role.DATE);
        ExerciseDraft current = null;
        String currentKey = null;
        Map<String, String> supersetLabels = new HashMap<>();
        String lastDay = null;
        String lastWeek = null;
        int warmups = 0;
        for (; i < raw.size(); i++) {
            String line = raw.get(i);
            String norm = TextLines.normalise(line);
            if (norm.isEmpty() || norm.length() > MAX_ROW) break;
            if (md && norm.indexOf('|') < 0 && !GRID_BORDER.matcher(norm).matches()) break;
            if (!md && norm.indexOf(delim) < 0 && delim != '\t') break;
            List<String> cells = md ? TableCells.markdown(norm) : TableCells.csv(line, delim);
            if (md && (MD_SEPARATOR.matcher(norm).matches() || GRID_BORDER.matcher(norm).matches())) {
                plan.tableLine(i, LineKind.BLANK, null);
                continue;
            }
            String name = cell(cells, cols, TableColumns.Role.NAME);
            if (name == null) {
                // a row holding only a day or week ("| **Day 2** | | |"), or an empty row
                String only = firstNonEmpty(cells);
                Heading h = only == null || only.isEmpty() ? null : headingReader.read(only);
                if (h != null && (h.type() == Heading.Type.DAY || h.type() == Heading.Type.WEEK
                        || h.type() == Heading.Type.WEEK_DAY || h.type() == Heading.Type.REST_DAY)) {
                    plan.heading(i, h);
                    current = null;
                } else if (only != null && only.isEmpty()) {
                    plan.tableLine(i, LineKind.BLANK, null);
                } else {
                    plan.tableLine(i, LineKind.UNREAD, "table row without an exercise name");
                }
                continue;
            }
            if (cells.size() < cols.roles.size() - 1 && !md) {
                plan.tableLine(i, LineKind.UNREAD, "row has fewer columns than the header");
                continue;
            }
            String week = weekLabel(cell(cells, cols, TableColumns.Role.WEEK));
            String dayLabel = dayLabel(cells, cols);
            if (week == null) week = lastWeek;
            if (dayLabel == null && cols.has(TableColumns.Role.DAY)) dayLabel = lastDay;
            lastWeek = week;
            lastDay = dayLabel;
            String setType = cell(cells, cols, TableColumns.Role.SET_TYPE);
            ExerciseDraft row = readRow(cells, cols, name, i + 1, line.strip());
            String ss = cell(cells, cols, TableColumns.Role.SUPERSET);
            if (ss != null) {
                row.superset = supersetLabels.computeIfAbsent(ss, k -> String.valueOf((char) ('A' + supersetLabels.size() % 26)));
            }
            String dayKey = week + "\u0001" + dayLabel + "\u0001" + cell(cells, cols, TableColumns.Role.DATE);
            String key = dayKey + "\u0001" + name;
            if (setType != null && setType.toLowerCase().startsWith("warm")) {
                // warm-up sets in an export are not the prescription; counted in a note
                warmups++;
                plan.tableLine(i, LineKind.EXERCISE, null);
                if (current != null && key.equals(currentKey)) current.note("warm-up sets: " + warmups);
                continue;
            }
            if (cols.rowPerSet() && current != null && key.equals(currentKey)) {
                current.appendSet(row);
                if (warmups > 0) current.note("warm-up sets: " + warmups);
                plan.tableLine(i, LineKind.EXERCISE, null);
                continue;
            }
            if (cols.rowPerSet()) {
                row.sets = 1;
                row.singleSetRow = true;
                row.lineNumber = 0; // grouped from several rows
                if (warmups > 0 && current == null) warmups = 0;
            }
            if (current == null || !key.equals(currentKey)) warmups = 0;
            plan.tableExercise(week, dayLabel, rowsNameDays, row);
            current = row;
            currentKey = key;
            plan.tableLine(i, LineKind.EXERCISE, null);
        }
        return i;
    }

    /** Cheap test before mapping a CSV header: it must have some column that can name an exercise. */
    private static boolean mayNameExercises(String norm) {
        String l = norm.toLowerCase();
        return l.contains("exerc") || l.contains("lift") || l.contains("übung") || l.contains("uebung")
                || l.contains("ejerc") || l.contains("movement");
    }

    /** The only non-empty cell of a row; "" when the row is empty; null when several cells hold text. */
    private static String firstNonEmpty(List<String> cells) {
        String found = "";
        for (String c : cells) {
            if (!c.isBlank()) {
                if (!found.isEmpty()) return null;
                found = c.replace("**", "").strip();
            }
        }
        return found;
    }

    private static String weekLabel(String w) {
        if (w == null) return null;
        return HeadingReader.isShortNumber(w) ? "Week " + w : w;
    }

    private static String dayLabel(List<String> cells, TableColumns cols) {
        String day = cell(cells, cols, TableColumns.Role.DAY);
        if (day != null) return HeadingReader.isShortNumber(day) ? "Day " + day : day;
        String workout = cell(cells, cols, TableColumns.Role.WORKOUT);
        if (workout != null) return workout;
        return cell(cells, cols, TableColumns.Role.DATE);
    }

    ExerciseDraft readRow(List<String> cells, TableColumns cols, String name, int lineNumber, String text) {
        ExerciseDraft d = new ExerciseDraft();
        d.name = name.replace("**", "").strip();
        d.text = text;
        d.lineNumber = lineNumber;
        for (int c = 0; c < cols.roles.size() && c < cells.size(); c++) {
            String v = cells.get(c).replace("**", "").strip();
            if (v.isEmpty() || v.equals("-") || v.equals("—")) continue;
            String hint = cols.unitHints.get(c);
            switch (cols.roles.get(c)) {
                case SETS -> {
                    int dash = v.indexOf('-');
                    Integer s = Quantities.integer(dash >= 0 ? v.substring(0, dash) : v);
                    if (s != null && s > 0) d.sets = s;
                    else d.lower(0.2);
                    if (v.contains("-")) d.note(v + " sets");
                }
                case REPS -> repsCell(d, v);
                case PRESCRIPTION -> {
                    LineRead r = lineReader.read(v, lineNumber);
                    if (r.draft() != null) merge(d, r.draft());
                    else d.note(v);
                }
                case WEIGHT -> weightCell(d, v, hint);
                case UNIT -> {
                    String u = Quantities.loadUnit(v);
                    if (u != null) d.unit = u;
                }
                case PERCENT -> {
                    Double p = Quantities.number(v.replace("%", ""));
                    if (p != null && p > 0) d.percents.add(p <= 1.5 ? Math.round(p * 1000) / 10.0 : p);
                }
                case RPE -> {
                    Double r = Quantities.number(v);
                    if (r != null && r > 0 && r <= 10) d.rpe = r;
                }
                case RIR -> {
                    Double r = Quantities.number(v);
                    if (r != null && r >= 0 && r <= 10) d.rpe = 10 - r;
                }
                case DURATION -> {
                    Integer s = "min".equals(hint) ? minutes(v) : Quantities.durationCell(v, false);
                    if (s != null && s > 0) d.durationSeconds = s;
                }
                case DISTANCE -> {
                    Double n = Quantities.number(v);
                    if (n != null && n > 0) {
                        Double per = hint == null ? null : Quantities.metresPer(hint);
                        if (per != null) d.distanceMeters = Math.round(n * per * 10) / 10.0;
                        else {
                            LineRead r = lineReader.read(v, lineNumber);
                            if (r.draft() != null && r.draft().distanceMeters != null) d.distanceMeters = r.draft().distanceMeters;
                            else d.note("distance " + v + " (unit not stated)");
                        }
                    }
                }
                case REST -> {
                    Integer s = Quantities.durationCell(v, true);
                    if (s != null) d.restSeconds = s;
                    else d.note("rest " + v);
                }
                case TEMPO -> d.tempo = v.matches("[0-9xX]{4}") ? String.join("-", v.toUpperCase().split("")) : v.toUpperCase();
                case NOTES -> d.note(v);
                default -> { }
            }
        }
        if (!d.weights.isEmpty() && d.unit == null) {
            d.lower(0.1); // Strong exports do not say whether weights are kg or lb
        }
        if (d.sets != null && d.reps.size() > 1 && d.reps.size() != d.sets) d.lower(0.1);
        return d;
    }

    private static Integer minutes(String v) {
        Double n = Quantities.number(v);
        return n == null ? null : (int) Math.round(n * 60);
    }

    private void repsCell(ExerciseDraft d, String v) {
        String t = v.strip();
        if (REPS_CELL.matcher(t).matches()) {
            String r = t.replace(" ", "");
            if (!r.equals("0")) d.reps.add(r);
            if (r.endsWith("+")) d.note("last set AMRAP");
            return;
        }
        String l = t.toLowerCase();
        if (l.equals("max") || l.equals("amrap") || l.equals("failure") || l.equals("max reps")) {
            d.reps.add("AMRAP");
            return;
        }
        if (t.matches("\\d{1,3}\\+?(?:\\s?[,/]\\s?\\d{1,3}\\+?){1,9}")) {
            for (String p : t.split("\\s?[,/]\\s?")) d.reps.add(p);
            return;
        }
        // "30s", "10 each side", "8-10 @ RPE 8": read it as a notation
        LineRead r = lineReader.read("1x" + t, d.lineNumber);
        if (r.draft() != null) {
            ExerciseDraft x = r.draft();
            x.sets = null;
            merge(d, x);
            return;
        }
        d.note("reps " + t);
        d.lower(0.2);
    }

    private void weightCell(ExerciseDraft d, String v, String hint) {
        String t = v.strip();
        String l = t.toLowerCase();
        if (l.equals("bw") || l.startsWith("bodyweight") || l.equals("body weight")) {
            d.note("bodyweight");
            return;
        }
        if (t.endsWith("%")) {
            Double p = Quantities.number(t.substring(0, t.length() - 1));
            if (p != null) d.percents.add(p);
            return;
        }
        String numbers = t.replaceAll("(?i)\\s?(kgs?|kilos?|lbs?|pounds?|#)\\b.*$", "").strip();
        List<Double> ws = Quantities.numberList(numbers);
        if (ws.isEmpty() || !numbers.matches("[\\d.,/ ]+")) {
            LineRead r = lineReader.read(t, d.lineNumber);
            if (r.draft() != null && (!r.draft().weights.isEmpty() || !r.draft().percents.isEmpty())) {
                merge(d, r.draft());
            } else {
                d.note("load " + t);
                d.lower(0.1);
            }
            return;
        }
        if (ws.size() == 1 && ws.get(0) == 0) return; // Strong writes 0 for body-weight sets
        d.weights.addAll(ws);
        String u = Quantities.loadUnit(t.substring(numbers.length()).strip());
        if (u == null && ("kg".equals(hint) || "lb".equals(hint))) u = hint;
        if (u != null) d.unit = u;
    }

    /** Copies what a cell's reading found into the row's draft without overwriting what the row already has. */
    private static void merge(ExerciseDraft d, ExerciseDraft x) {
        if (d.sets == null) d.sets = x.sets;
        if (d.reps.isEmpty()) d.reps.addAll(x.reps);
        if (d.weights.isEmpty()) {
            d.weights.addAll(x.weights);
            if (d.unit == null) d.unit = x.unit;
        }
        if (d.percents.isEmpty()) d.percents.addAll(x.percents);
        if (d.rpe == null) d.rpe = x.rpe;
        if (d.durationSeconds == null) d.durationSeconds = x.durationSeconds;
        if (d.distanceMeters == null) d.distanceMeters = x.distanceMeters;
        if (d.restSeconds == null) d.restSeconds = x.restSeconds;
        if (d.tempo == null) d.tempo = x.tempo;
        x.notes.forEach(d::note);
        d.certainty = Math.min(d.certainty, x.certainty);
    }

    private static String cell(List<String> cells, TableColumns cols, TableColumns.Role role) {
        int c = cols.col(role);
        if (c < 0 || c >= cells.size()) return null;
        String v = cells.get(c).replace("**", "").strip();
        return v.isEmpty() ? null : v;
    }
}
