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
    private static final int MAX_ROW = 2000;

    private final ExerciseLineReader lineReader;
    private final HeadingReader headingReader = new HeadingReader();
    private final ExportTableReader exportReader = new ExportTableReader();
    private final YamlLogTable yamlLog = new YamlLogTable(this);
    private final ColumnPerDayTable columnTables;
    private final TableCellValues values;

    TableReader(ExerciseLineReader lineReader) {
        this.lineReader = lineReader;
        this.columnTables = new ColumnPerDayTable(lineReader, headingReader, this);
        this.values = new TableCellValues(lineReader);
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
                int end = separated ? columnTables.read(raw, i, TableCells.markdown(norm), cols, plan) : i;
                if (end > i) return end;
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
        // a table without a sets column may write one row per set: rows of one exercise are its sets
        boolean foldSets = !cols.has(TableColumns.Role.SETS) && !cols.has(TableColumns.Role.PRESCRIPTION) && !cols.rowPerSet();
        Map<String, ExerciseDraft> seen = new HashMap<>();
        List<ExerciseDraft> drafts = new java.util.ArrayList<>();
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
            String name = TableNames.clean(cell(cells, cols, TableColumns.Role.NAME));
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
            if (TableNames.isRest(name)) {
                // "| 90s | *Rest* |" after a set: the rest of the exercise above
                restRow(cells, current);
                plan.tableLine(i, current != null ? LineKind.EXERCISE : LineKind.PROSE, "rest between sets");
                continue;
            }
            ExerciseDraft row = readRow(cells, cols, name, i + 1, line.strip());
            String ss = cell(cells, cols, TableColumns.Role.SUPERSET);
            if (ss != null) {
                row.superset = supersetLabels.computeIfAbsent(ss, k -> String.valueOf((char) ('A' + supersetLabels.size() % 26)));
            }
            String dayKey = week + "\u0001" + dayLabel + "\u0001" + cell(cells, cols, TableColumns.Role.DATE);
            String key = dayKey + "\u0001" + name.toLowerCase(java.util.Locale.ROOT);
            ExerciseDraft earlier = foldSets ? seen.get(key) : null;
            if (cols.rowPerSet() && current != null && key.equals(currentKey) || earlier != null && row.sets == null) {
                // one row per set ("| 5-8 | Pull-up |" three times, maybe alternating with a partner exercise)
                ExerciseDraft target = earlier != null ? earlier : current;
                target.appendSet(row);
                if (target != current) groupFrom(target, drafts, plan);
                current = target;
                currentKey = key;
                plan.tableLine(i, LineKind.EXERCISE, null);
                continue;
            }
            if (cols.rowPerSet()) {
                row.sets = 1;
                row.singleSetRow = true;
                row.lineNumber = 0; // grouped from several rows
            }
            plan.tableExercise(week, dayLabel, rowsNameDays, row);
            drafts.add(row);
            if (foldSets && row.sets == null) seen.put(key, row);
            current = row;
            currentKey = key;
            plan.tableLine(i, LineKind.EXERCISE, null);
        }
        return i;
    }

    /** Rows of two exercises taking turns are one group (a superset written set by set). */
    private static void groupFrom(ExerciseDraft first, List<ExerciseDraft> drafts, PlanAssembler plan) {
        String label = first.superset != null ? first.superset : plan.tableGroupLabel();
        for (int k = drafts.indexOf(first); k >= 0 && k < drafts.size(); k++) {
            if (drafts.get(k).superset == null) drafts.get(k).superset = label;
        }
    }

    private static void restRow(List<String> cells, ExerciseDraft previous) {
        if (previous == null || previous.restSeconds != null) return;
        for (String c : cells) {
            Integer s = Quantities.durationCell(c.replace("*", ""), false);
            if (s != null && s > 0) {
                previous.restSeconds = s;
                return;
            }
        }
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
                case REPS -> values.reps(d, v);
                case PRESCRIPTION -> {
                    LineRead r = lineReader.read(v, lineNumber);
                    if (r.draft() != null) TableCellValues.merge(d, r.draft());
                    else d.note(v);
                }
                case WEIGHT -> values.weight(d, v, hint);
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
                    Integer s = "min".equals(hint) ? TableCellValues.minutes(v) : Quantities.durationCell(v, false);
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

    private static String cell(List<String> cells, TableColumns cols, TableColumns.Role role) {
        int c = cols.col(role);
        if (c < 0 || c >= cells.size()) return null;
        String v = cells.get(c).replace("**", "").strip();
        return v.isEmpty() ? null : v;
    }
}
