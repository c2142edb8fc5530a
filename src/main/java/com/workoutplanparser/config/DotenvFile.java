package com.workoutplanparser.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .env} file read the way people write it (and the way docker compose reads it): blank lines and
 * {@code #} lines are skipped, an {@code export } prefix is allowed, a value may be double-quoted (escapes
 * {@code \n \t \" \\}), single-quoted (literal) or bare; a bare value ends at a {@code #} that follows whitespace,
 * so {@code PARSER_MODE=hybrid   # rules | llm | hybrid} is {@code hybrid} while {@code MAIL_PASSWORD=a#b} keeps
 * its {@code #}. dotenv-java 3.2 was tried first: it refuses {@code export}, keeps single quotes and cuts
 * {@code a#b} to {@code a}.
 * <p>
 * A line that is none of these is an error naming its line number, never its text (it may hold a secret).
 */
public final class DotenvFile {

    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*=\\s*(.*)$");

    private DotenvFile() {
    }

    /** The entries of {@code file} in file order; an empty map when it does not exist. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The entries of the given lines; {@code origin} names the file in errors. */
    public static Map<String, String> parse(List<String> lines, String origin) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(origin + " line " + (i + 1)
                        + " is not KEY=value (a comment starts with #; a value with spaces can be quoted)");
            }
            entries.put(m.group(1), value(m.group(2), origin, i + 1));
        }
        return entries;
    }

    private static String value(String raw, String origin, int lineNo) {
        String v = raw.strip();
        if (v.startsWith("\"")) {
            return doubleQuoted(v, origin, lineNo);
        }
        if (v.startsWith("'")) {
            int end = v.indexOf('\'', 1);
            requireOnlyComment(v, end, origin, lineNo);
            return v.substring(1, end);
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '#' && (i == 0 || Character.isWhitespace(v.charAt(i - 1)))) {
                return v.substring(0, i).strip();
            }
        }
        return v;
    }

    private static String doubleQuoted(String v, String origin, int lineNo) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                requireOnlyComment(v, i, origin, lineNo);
                return out.toString();
            }
            if (c == '\\' && i + 1 < v.length()) {
                char next = v.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '"', '\\', '$' -> out.append(next);
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        throw new IllegalStateException(origin + " line " + lineNo + " opens a quote it never closes");
    }

    /** After a closing quote only whitespace and a comment may follow. */
    private static void requireOnlyComment(String v, int closing, String origin, int lineNo) {
        if (closing < 0) {
            throw new IllegalStateException(origin + " line " + lineNo + " opens a quote it never closes");
        }
        String rest = v.substring(closing + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            throw new IllegalStateException(origin + " line " + lineNo
                    + " has text after the closing quote (a comment starts with #)");
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
