package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markdown tables whose header is not "exercise | sets | reps", read by what the header says instead:
 * <ul>
 *   <li>one column per day or week ("| Mon | Wed | Fri |", "| Exercise | Week 1 | Week 2 |"): each column is a
 *       day (or week) and its cells are read as exercise lines; a weekly schedule whose cells say only "Rest" or
 *       "Workout" gives no exercise at all;</li>
 *   <li>tables of maxes ("| Lift | TM |", "| Lift | E1RM |"): reference numbers, not a session;</li>
 *   <li>set tables under an exercise name ("**Squat:**" then "| Step | Load | Reps |"): the rows are that
 *       exercise's sets.</li>
 * </ul>
 */
final class ColumnPerDayTable {

    private static final Set<String> MAX_HEADERS = Set.of("tm", "training max", "e1rm", "1rm", "est 1rm", "estimated 1rm",
            "max", "pr", "rm", "best", "record", "maximum", "máximo", "maximal", "trainingsmaximum");

    private static final java.util.regex.Pattern SETS_X_REPS = java.util.regex.Pattern.compile("(\\d{1,2})\\s*[x×]\\s*(\\d{1,3})");

    /** Headers of a key/value table ("| Detail | Value |"): facts about a program, not its sessions. */
    private static final Set<String> DETAIL_HEADERS = Set.of("detail", "details", "value", "values", "type", "description",
            "item", "items", "parameter", "parameters", "setting", "settings", "info", "key", "aspect", "field", "what",
            "explanation", "meaning", "term", "definition", "détail", "valeur", "wert", "detalle", "valor");

    private final ExerciseLineReader lineReader;
    private final HeadingReader headingReader;
    private final TableReader rows;
    private final ProseDetector prose = new ProseDetector();

    ColumnPerDayTable(ExerciseLineReader lineReader, HeadingReader headingReader, TableReader rows) {
        this.lineReader = lineReader;
        this.headingReader = headingReader;
        this.rows = rows;
    }

    /** Reads the table whose header is line start (a separator line follows); returns start when it is none of these. */
    int read(List<String> raw, int start, List<String> headers, TableColumns cols, PlanAssembler plan) {
        int end = tableEnd(raw, start);
        if (cols.has(TableColumns.Role.NAME) && isMaxes(headers, cols)) {
            mark(plan, start, end, LineKind.PROSE, "a table of maxes, not a session");
            return end;
        }
        if (!cols.has(TableColumns.Role.NAME) && allIn(headers, DETAIL_HEADERS)) {
            mark(plan, start, end, LineKind.PROSE, "a table of details, not a session");
            return end;
        }
        List<Heading> columns = new ArrayList<>();
        int nameCol = cols.col(TableColumns.Role.NAME);
        boolean anyColumn = false;
        for (int c = 0; c < headers.size(); c++) {
            Heading h = c == nameCol || headers.get(c).isBlank() ? null : headingReader.read(headers.get(c).replace("**", "").strip());
            boolean dayOrWeek = h != null && (h.type() == Heading.Type.DAY || h.type() == Heading.Type.WEEK
                    || h.type() == Heading.Type.WEEK_DAY || h.type() == Heading.Type.REST_DAY);
            if (c != nameCol && !headers.get(c).isBlank() && !dayOrWeek) return quantitiesOnly(raw, start, end, cols, plan);
            columns.add(dayOrWeek ? h : null);
            anyColumn |= dayOrWeek;
        }
        if (!anyColumn) return start;
        mark(plan, start, end, LineKind.PROSE, "a weekly schedule without exercises");
        plan.tableLine(start, LineKind.HEADING, null);
        for (int c = 0; c < columns.size(); c++) {
            Heading h = columns.get(c);
            if (h == null) continue;
            for (int i = start + 2; i < end; i++) {
                List<String> cells = TableCells.markdown(TextLines.normalise(raw.get(i)));
                if (c >= cells.size() || cells.get(c).isBlank()) continue;
                String text = nameCol >= 0 && nameCol < cells.size() ? cells.get(nameCol) + " " + cells.get(c) : cells.get(c);
                LineRead r = lineReader.read(TableNames.clean(text.replace("<br>", " ")), i + 1);
                if (r.status() != LineRead.Status.EXERCISE) continue;
                boolean week = h.type() == Heading.Type.WEEK;
                plan.tableExercise(week ? h.label() : h.week(), week ? null : h.label(), true, r.draft());
                plan.tableLine(i, LineKind.EXERCISE, null);
            }
        }
        return end;
    }

    /**
     * "| Step | Load | Reps |" without an exercise column: the sets of the exercise named just above the table,
     * folded into one reading that the plan gives to that name.
     */
    private int quantitiesOnly(List<String> raw, int start, int end, TableColumns cols, PlanAssembler plan) {
        if (cols.has(TableColumns.Role.NAME) || !(cols.has(TableColumns.Role.REPS) || cols.has(TableColumns.Role.WEIGHT))) {
            return start;
        }
        ExerciseDraft sets = null;
        for (int i = start + 2; i < end; i++) {
            List<String> cells = new ArrayList<>(TableCells.markdown(TextLines.normalise(raw.get(i))));
            Integer setsInCell = null;
            int repsCol = cols.col(TableColumns.Role.REPS);
            if (repsCol >= 0 && repsCol < cells.size()) {
                // "4×5" in a reps column: four sets of five
                java.util.regex.Matcher m = SETS_X_REPS.matcher(cells.get(repsCol).replace("*", "").strip());
                if (m.matches()) {
                    setsInCell = Integer.parseInt(m.group(1));
                    cells.set(repsCol, m.group(2));
                }
            }
            ExerciseDraft row = rows.readRow(cells, cols, "", i + 1, raw.get(i).strip());
            if (row.reps.isEmpty() && row.weights.isEmpty()) continue;
            row.sets = setsInCell != null ? setsInCell : row.sets == null ? 1 : row.sets;
            if (sets == null) sets = row;
            else sets.appendSet(row);
        }
        if (sets == null) return start;
        sets.name = null;
        sets.lineNumber = start + 1;
        mark(plan, start, end, LineKind.EXERCISE, null);
        plan.read(start, new LineRead(LineRead.Status.NAMELESS, sets, null, false), null, prose,
                TextLines.normalise(raw.get(start)));
        return end;
    }

    private static boolean isMaxes(List<String> headers, TableColumns cols) {
        boolean anyMax = false;
        for (int c = 0; c < headers.size(); c++) {
            if (cols.roles.get(c) == TableColumns.Role.NAME || headers.get(c).isBlank()) continue;
            String h = headers.get(c).replace("**", "").replaceAll("\\(.*\\)", "").strip().toLowerCase(Locale.ROOT);
            if (!MAX_HEADERS.contains(h)) return false;
            anyMax = true;
        }
        return anyMax;
    }

    private static boolean allIn(List<String> headers, Set<String> words) {
        boolean any = false;
        for (String h : headers) {
            String l = h.replace("**", "").strip().toLowerCase(Locale.ROOT);
            if (l.isEmpty()) continue;
            if (!words.contains(l)) return false;
            any = true;
        }
        return any;
    }

    private static int tableEnd(List<String> raw, int start) {
        int i = start + 2;
        while (i < raw.size() && raw.get(i).indexOf('|') >= 0 && raw.get(i).length() <= 2000) i++;
        return i;
    }

    private static void mark(PlanAssembler plan, int start, int end, LineKind kind, String reason) {
        for (int i = start; i < end; i++) {
            plan.tableLine(i, i == start + 1 ? LineKind.BLANK : kind, i == start + 1 ? null : reason);
        }
    }
}
