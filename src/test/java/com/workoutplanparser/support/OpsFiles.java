package com.workoutplanparser.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL of the Grafana dashboard and the alert rules under ops/, and the metric names it uses. */
public final class OpsFiles {

    public static final Path DASHBOARD = Path.of("ops/grafana/dashboards/workout-plan-parser.json");
    public static final Path ALERTS = Path.of("ops/prometheus/alerts.yml");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");

    private OpsFiles() {
    }

    /** Every {@code expr} of the dashboard's panels. */
    public static List<String> dashboardExpressions() {
        try {
            JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
            List<String> exprs = new ArrayList<>();
            for (JsonNode panel : dashboard.get("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    exprs.add(target.get("expr").asText());
                }
            }
            return exprs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every alert rule's name and expression. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> alertExpressions() {
        Map<String, Object> file = new Yaml().load(read(ALERTS));
        Map<String, String> alerts = new java.util.LinkedHashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.put((String) rule.get("alert"), (String) rule.get("expr"));
            }
        }
        return alerts;
    }

    /**
     * The metric names in a PromQL expression: identifiers outside label matchers, ranges, strings and
     * by/without lists that are neither functions (followed by a parenthesis) nor PromQL keywords.
     */
    public static Set<String> metricNames(String expr) {
        String s = expr.replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String word = m.group();
            int after = m.end();
            while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
                after++;
            }
            boolean function = after < s.length() && s.charAt(after) == '(';
            boolean number = m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1));
            if (!function && !number && !PROMQL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                names.add(word);
            }
        }
        return names;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
