package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML-ish session logs, which are tables written one field per line:
 * <pre>
 * date: 2023-06-14
 * bodyweight: 82 kg
 * exercises:
 *   - name: trap bar deadlift
 *     weight: 140 kg
 *     sets: 3
 *     reps: 5
 *     exertion: rpe 8
 * notes:
 *   - knee felt fine
 * </pre>
 * Each list item is one exercise whose keys are read like table headers (the same vocabulary, so "sets",
 * "séries" and "weight_kg" mean what they mean in a table); the session's date names the day. A load equal to the
 * logged body weight is the lifter's body, not an added load.
 */
final class YamlLogTable {

    private static final Pattern ITEM = Pattern.compile(
            "^(\\s*)-\\s+(?:name|exercise|exercise name|movement|lift|übung|exercice|ejercicio|exercício)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("^(\\s+)([\\p{L}_][\\p{L}\\d_ %#()]{0,30}?)\\s*:\\s*(.*)$");
    private static final Pattern TOP = Pattern.compile("^([\\p{L}_][\\p{L}\\d_ ]{0,30}?)\\s*:\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s+.+$");
    private static final Pattern EFFORT = Pattern.compile("(?i)^(rpe|rir)\\s*@?\\s*(\\d+(?:[.,]\\d+)?)$");
    private static final int HEADER_LINES = 12;

    private final TableReader rows;

    YamlLogTable(TableReader rows) {
        this.rows = rows;
    }

    /** Reads the session log starting at line i, if one does; returns the index after it, or i when there is none. */
    int read(List<String> raw, int i, PlanAssembler plan) {
        String first = raw.get(i);
        if (first.indexOf(':') < 0 || first.length() > 200) return i;
        int items = isItem(first) ? i : headerEnd(raw, i);
        if (items < 0) return i;
        String date = null;
        Double bodyweight = null;
        for (int j = i; j < items; j++) {
            Matcher top = TOP.matcher(raw.get(j));
            if (top.matches()) {
                String key = top.group(1).strip().toLowerCase(Locale.ROOT);
                String value = unquote(top.group(2));
                if (date == null && !value.isEmpty() && isDateKey(key)) date = value;
                if (key.replace(" ", "").replace("_", "").equals("bodyweight")) bodyweight = leadingNumber(value);
            }
            plan.tableLine(j, RuleParser.isBlank(TextLines.normalise(raw.get(j))) ? LineKind.BLANK : LineKind.HEADING, null);
        }
        if (date != null) plan.tableSession(date);
        int j = items;
        while (j < raw.size()) {
            Matcher item = ITEM.matcher(raw.get(j));
            if (!item.matches()) break;
            j = readItem(raw, j, item, date, bodyweight, plan);
        }
        return skipNotes(raw, j, plan);
    }

    /** "- name: Squat": a line without its dash or colon is not tried (most lines of most plans). */
    private static boolean isItem(String line) {
        return line.indexOf('-') >= 0 && line.indexOf(':') >= 0 && ITEM.matcher(line).matches();
    }

    private static boolean isTop(String line) {
        return line.indexOf(':') >= 0 && TOP.matcher(line).matches();
    }

    /** The line of the first item when line i starts a block of top-level "key: value" lines leading to it. */
    private static int headerEnd(List<String> raw, int i) {
        if (!isTop(raw.get(i))) return -1;
        for (int j = i + 1; j < raw.size() && j <= i + HEADER_LINES; j++) {
            String line = raw.get(j);
            if (isItem(line)) return j;
            if (!isTop(line)) return -1;
        }
        return -1;
    }

    private int readItem(List<String> raw, int start, Matcher item, String date, Double bodyweight, PlanAssembler plan) {
        int indent = item.group(1).length();
        String name = unquote(item.group(2));
        List<String> keys = new ArrayList<>(List.of("exercise"));
        List<String> values = new ArrayList<>(List.of(name));
        plan.tableLine(start, LineKind.EXERCISE, null);
        int j = start + 1;
        for (; j < raw.size(); j++) {
            Matcher f = FIELD.matcher(raw.get(j));
            if (!f.matches() || f.group(1).length() <= indent) break;
            String value = unquote(f.group(3));
            Matcher effort = EFFORT.matcher(value);
            // "exertion: rpe 9", "effort: RIR 2": the value says which scale it is on
            keys.add(effort.matches() ? effort.group(1) : f.group(2).strip());
            values.add(effort.matches() ? effort.group(2) : value);
            plan.tableLine(j, LineKind.EXERCISE, null);
        }
        ExerciseDraft d = rows.readRow(values, TableColumns.of(keys), name, start + 1, raw.get(start).strip());
        if (bodyweight != null && d.weights.size() == 1 && Math.abs(d.weights.get(0) - bodyweight) < 0.01) {
            d.weights.clear();
            d.unit = null;
            d.note("bodyweight");
        }
        plan.tableExercise(null, date, date != null, d);
        return j;
    }

    /** "notes:" with its list after the exercises: the lifter's remarks, not exercises. */
    private static int skipNotes(List<String> raw, int j, PlanAssembler plan) {
        if (j >= raw.size()) return j;
        Matcher top = TOP.matcher(raw.get(j));
        if (!top.matches() || !top.group(2).isBlank()) return j;
        String key = top.group(1).strip().toLowerCase(Locale.ROOT);
        if (!(key.startsWith("note") || key.startsWith("comment") || key.startsWith("notiz") || key.startsWith("remarque"))) {
            return j;
        }
        plan.tableLine(j, LineKind.HEADING, null);
        j++;
        while (j < raw.size() && LIST_ITEM.matcher(raw.get(j)).matches()) {
            plan.tableLine(j, LineKind.PROSE, "a note of the session log");
            j++;
        }
        return j;
    }

    private static boolean isDateKey(String key) {
        return key.equals("date") || key.equals("datum") || key.equals("fecha") || key.equals("data") || key.equals("day");
    }

    private static Double leadingNumber(String v) {
        Matcher m = Pattern.compile("^(\\d+(?:[.,]\\d+)?)").matcher(v.strip());
        return m.find() ? Quantities.number(m.group(1)) : null;
    }

    private static String unquote(String v) {
        String t = v.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
