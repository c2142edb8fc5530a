package com.workoutplanparser.match;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the curated catalog files ({@code catalog/exercises*.yaml}, listed in {@link #RESOURCES}): each a list of
 * entries like
 * <pre>
 * - id: barbell-bench-press
 *   name: Barbell Bench Press
 *   equipment: barbell
 *   pattern: horizontal-push
 *   muscles: [chest, triceps]
 *   aliases:
 *     en: [bench press, bench, bb bench]
 *     es: [press de banca]
 * </pre>
 * The catalog is split by family so that each file stays reviewable; an id or an alias must still be unique across
 * all files (the catalog tests check that).
 */
public final class CatalogFile {

    /** The curated files, in load order. A new file is added here, and nowhere else. */
    public static final List<String> RESOURCES = List.of(
            "catalog/exercises.yaml",
            "catalog/exercises-strength.yaml",
            "catalog/exercises-bodyweight-cardio.yaml");

    private CatalogFile() {
    }

    record Entry(String id, String name, String equipment, String pattern, List<String> muscles,
                 Map<String, List<String>> aliases) {
    }

    public static List<CatalogExercise> loadDefault() {
        List<CatalogExercise> all = new ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = open(resource)) {
                all.addAll(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return all;
    }

    /** The bytes of every curated file, in load order: what the seed migration's checksum covers. */
    public static byte[] allBytes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String resource : RESOURCES) {
            try (InputStream in = open(resource)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return out.toByteArray();
    }

    private static InputStream open(String resource) {
        InputStream in = CatalogFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("catalog file " + resource + " is missing from the classpath");
        }
        return in;
    }

    public static List<CatalogExercise> read(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Entry> entries = yaml.readValue(in, new TypeReference<>() { });
        if (entries == null) {
            return List.of(); // a file with only comments
        }
        List<CatalogExercise> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            List<Alias> aliases = new ArrayList<>();
            if (e.aliases() != null) {
                e.aliases().forEach((lang, names) -> names.forEach(n -> aliases.add(Alias.curated(n, lang))));
            }
            out.add(new CatalogExercise(e.id(), e.name(), e.equipment(), e.pattern(), e.muscles(), aliases));
        }
        return out;
    }
}
