package com.workoutplanparser.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Loads the labelled plans of src/test/resources/parser-corpus (format in its README.md). */
public final class ParserCorpus {

    /** One labelled plan. */
    public record Plan(String file, String id, String style, String text, boolean heldOut, boolean workout,
                       List<ExpectedDay> days) {
    }

    public record ExpectedDay(String label, String week, boolean weekGiven, List<Map<String, Object>> exercises) {
    }

    private ParserCorpus() {
    }

    public static List<Plan> load() {
        URL dir = ParserCorpus.class.getClassLoader().getResource("parser-corpus");
        if (dir == null) throw new IllegalStateException("parser-corpus not on the test classpath");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Plan> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = f.getFileName().toString();
                try (InputStream in = Files.newInputStream(f)) {
                    List<Map<String, Object>> raw = yaml.readValue(in, List.class);
                    for (Map<String, Object> p : raw) plans.add(plan(name, p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return plans;
    }

    @SuppressWarnings("unchecked")
    private static Plan plan(String file, Map<String, Object> p) {
        String text = (String) p.get("text");
        if (Boolean.TRUE.equals(p.get("crlf"))) text = text.replace("\n", "\r\n");
        Map<String, Object> exp = (Map<String, Object>) p.get("expected");
        List<ExpectedDay> days = new ArrayList<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) exp.getOrDefault("days", List.of())) {
            days.add(new ExpectedDay(str(d.get("label")), str(d.get("week")), d.containsKey("week"),
                    (List<Map<String, Object>>) d.getOrDefault("exercises", List.of())));
        }
        return new Plan(file, (String) p.get("id"), (String) p.get("style"), text, file.startsWith("heldout"),
                !Boolean.FALSE.equals(exp.get("workout")), days);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
