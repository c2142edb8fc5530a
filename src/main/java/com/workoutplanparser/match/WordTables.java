package com.workoutplanparser.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word tables of {@code src/main/resources/match/} (foreign words, katakana loanwords, rewrites, filler
 * words): data, not code, so a word is added without reading Java and the tables are read once, when the class that
 * holds one loads. A table that is missing or malformed stops the matcher from loading at all (a fault of the
 * build), and a word listed twice is refused rather than one meaning silently winning.
 */
final class WordTables {

    private static final String FOLDER = "match/";

    private WordTables() {
    }

    /** A table of "word&lt;TAB&gt;meaning" lines; {@code #} lines and blank lines are passed over. */
    static Map<String, String> pairs(String file) {
        Map<String, String> table = new HashMap<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (skipped(line)) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new IllegalStateException(FOLDER + file + " line " + (i + 1) + ": not word<TAB>meaning");
            }
            if (table.putIfAbsent(cells[0], cells[1]) != null) {
                throw new IllegalStateException(FOLDER + file + " line " + (i + 1) + ": '" + cells[0] + "' twice");
            }
        }
        return Map.copyOf(table);
    }

    /** Words separated by spaces, any number a line; a word may stand twice (under two languages). */
    static Set<String> words(String file) {
        List<String> words = new ArrayList<>();
        for (String line : lines(file)) {
            if (!skipped(line)) {
                words.addAll(Arrays.asList(line.trim().split(" +")));
            }
        }
        return Set.copyOf(words);
    }

    /** Several tables as one lookup; a word in two of them is refused, as within one. */
    @SafeVarargs
    static Map<String, String> union(Map<String, String>... tables) {
        Map<String, String> all = new HashMap<>();
        for (Map<String, String> table : tables) {
            table.forEach((word, meaning) -> {
                if (all.putIfAbsent(word, meaning) != null) {
                    throw new IllegalStateException("'" + word + "' is in two of the " + FOLDER + " tables");
                }
            });
        }
        return Map.copyOf(all);
    }

    private static boolean skipped(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    private static List<String> lines(String file) {
        InputStream in = WordTables.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("word table " + FOLDER + file + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
    }
}
