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
 * Reads the curated catalog file ({@code catalog/exercises.yaml}): a list of entries like
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
 */
public final class CatalogFile {

    public static final String RESOURCE = "catalog/exercises.yaml";

    private CatalogFile() {
    }

    record Entry(String id, String name, String equipment, String pattern, List<String> muscles,
                 Map<String, List<String>> aliases) {
    }

    public static List<CatalogExercise> loadDefault() {
        try (InputStream in = CatalogFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalog file " + RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static List<CatalogExercise> read(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Entry> entries = yaml.readValue(in, new TypeReference<>() { });
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
