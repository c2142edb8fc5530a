package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.workoutplanparser.export.ExportFormat;
import com.workoutplanparser.export.PlanDocuments;
import com.workoutplanparser.plan.ImportStatus;
import com.workoutplanparser.store.ImportLogStore;
import com.workoutplanparser.store.PlanStore.StoredDay;
import com.workoutplanparser.store.PlanStore.StoredExercise;
import com.workoutplanparser.store.PlanStore.StoredPlan;
import com.workoutplanparser.web.Json;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a mail reply says about each import beyond its outcome: the days and exercises read (with sets, reps and
 * loads; for a plan that waits for review, as it was read and what matched), which LLM read it when one did
 * (the import's {@code readBy}, when the stored import has one), and the stored plan attached as Liftoscript and
 * as CSV so the sender can import it into an app at once.
 */
@Component
@RequiredArgsConstructor
class MailReplyContent {

    /** A file to attach. */
    record Attachment(String name, String contentType, byte[] bytes) {
    }

    private final PlanDocuments documents;
    private final ImportLogStore imports;
    private final Json json;

    /** The lines under an import's outcome line: its days and exercises, and who read it. */
    List<String> readLines(UUID importId, ImportStatus status, UUID planId) {
        List<String> lines = new ArrayList<>();
        JsonNode parsed = parsed(importId);
        if (status == ImportStatus.STORED && planId != null) {
            documents.find(planId).ifPresent(p -> storedLines(p, lines));
        } else if (status == ImportStatus.NEEDS_REVIEW && parsed != null) {
            lines.add("As read, before review (what did not match well waits for a reviewer):");
            readLines(parsed, lines);
        }
        String readBy = readBy(parsed);
        if (readBy != null) lines.add("Read by " + readBy + ".");
        return lines;
    }

    /** The stored plan as Liftoscript (Liftosaur) and as a Strong-style CSV (Strong, Hevy, spreadsheets). */
    List<Attachment> attachments(UUID planId) {
        List<Attachment> out = new ArrayList<>();
        documents.find(planId).ifPresent(p -> {
            for (ExportFormat f : List.of(ExportFormat.LIFTOSCRIPT, ExportFormat.CSV)) {
                out.add(new Attachment("workout-plan-" + planId.toString().substring(0, 8) + "." + f.extension(),
                        f.contentType(), documents.write(p, f).getBytes(StandardCharsets.UTF_8)));
            }
        });
        return out;
    }

    private static void storedLines(StoredPlan plan, List<String> lines) {
        int n = 0;
        for (StoredDay d : plan.days()) {
            n++;
            String label = d.label() != null && !d.label().isBlank() ? d.label().strip() : "Day " + n;
            if (d.week() != null && !d.week().isBlank() && !label.contains(d.week().strip())) label = d.week().strip() + ", " + label;
            lines.add(label + ":");
            for (StoredExercise x : d.exercises()) {
                lines.add("  " + (x.exerciseName() != null ? x.exerciseName() : x.name() + " (not in the catalog)")
                        + prescription(x.sets(), x.reps(), x.weight(), x.unit(), x.durationSeconds(), x.distanceMeters()));
            }
        }
    }

    private static void readLines(JsonNode parsed, List<String> lines) {
        int n = 0;
        for (JsonNode d : parsed.path("days")) {
            n++;
            String label = text(d, "label");
            lines.add((label != null && !label.isBlank() ? label.strip() : "Day " + n) + ":");
            for (JsonNode x : d.path("exercises")) {
                JsonNode match = x.path("match");
                String matched = text(match, "name");
                String level = text(match, "level");
                String name = text(x, "name");
                lines.add("  " + name + (matched != null && !matched.equalsIgnoreCase(name) ? " → " + matched : "")
                        + (level != null && !"high".equals(level) ? " (" + level + " match)" : "")
                        + prescription(integer(x, "sets"), text(x, "reps"), null, null, integer(x, "durationSeconds"), null));
            }
        }
    }

    /** " 3 x 8 @ 80 kg", " 3 x 5,3,1 @ 100/110/120 kg", " 60 s", " 400 m". */
    private static String prescription(Integer sets, String reps, Object weight, String unit, Integer seconds, Double metres) {
        StringBuilder sb = new StringBuilder();
        if (sets != null && reps != null) sb.append(' ').append(sets).append(" x ").append(reps);
        else if (sets != null) sb.append(' ').append(sets).append(sets == 1 ? " set" : " sets");
        else if (reps != null) sb.append(' ').append(reps).append(" reps");
        if (weight instanceof Number w) sb.append(" @ ").append(number(w.doubleValue())).append(unit == null ? "" : " " + unit);
        if (weight instanceof List<?> l && !l.isEmpty()) {
            sb.append(" @ ").append(String.join("/", l.stream().map(o -> o instanceof Number w ? number(w.doubleValue()) : "?").toList()))
                    .append(unit == null ? "" : " " + unit);
        }
        if (seconds != null) sb.append(' ').append(seconds).append(" s");
        if (metres != null) sb.append(' ').append(number(metres)).append(" m");
        return sb.toString();
    }

    /**
     * Which LLM read the plan, from the import's {@code readBy} ({"provider": …, "model": …}); null when the
     * import has none (read by the rules, or stored before imports recorded it).
     */
    static String readBy(JsonNode parsed) {
        JsonNode r = parsed == null ? null : parsed.get("readBy");
        if (r == null || r.isNull() || r.isMissingNode()) return null;
        if (r.isTextual()) return r.asText().isBlank() ? null : r.asText().strip();
        String provider = text(r, "provider");
        String model = text(r, "model");
        if (provider == null && model == null) return null;
        return "the LLM " + (provider == null ? "" : provider) + (provider != null && model != null ? " " : "")
                + (model == null ? "" : model);
    }

    private JsonNode parsed(UUID importId) {
        return imports.find(importId).map(ImportLogStore.ImportRow::parsedJson).map(j -> {
            try {
                return json.read(j);
            } catch (RuntimeException e) {
                return null; // an unreadable stored import: the reply still says its outcome
            }
        }).orElse(null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || !v.isNumber() ? null : v.asInt();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
