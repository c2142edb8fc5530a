package com.workoutplanparser.parse;

import java.util.ArrayList;
import java.util.List;

/** Cuts table rows into cells: markdown and ASCII-art pipes, and CSV/TSV with quotes. */
final class TableCells {

    private static final int MAX_ROW = 2000;

    private TableCells() {
    }

    static List<String> markdown(String norm) {
        String t = norm.strip();
        if (t.startsWith("|")) t = t.substring(1);
        if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : t.split("\\|", -1)) out.add(c.strip());
        return out;
    }

    /** The separator of a CSV header line: the most frequent of comma, semicolon and tab, at least twice. */
    static char delimiter(String line) {
        if (line.length() > MAX_ROW) return 0;
        int commas = 0, semis = 0, tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted) {
                if (c == ',') commas++;
                else if (c == ';') semis++;
                else if (c == '\t') tabs++;
            }
        }
        if (tabs >= 2 && tabs >= commas && tabs >= semis) return '\t';
        if (semis >= 2 && semis > commas) return ';';
        if (commas >= 2) return ',';
        return 0;
    }

    /** Splits one CSV line, honouring double quotes and "" escapes. */
    static List<String> csv(String line, char delim) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delim) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
