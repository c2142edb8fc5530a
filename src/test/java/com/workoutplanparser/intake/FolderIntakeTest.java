package com.workoutplanparser.intake;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Real files dropped into the watched folder of the running service. */
class FolderIntakeTest extends IntakeTestBase {

    private static Path done(String name) {
        return INBOX.resolve(".done").resolve(LocalDate.now().toString()).resolve(name);
    }

    private static Path failed(String name) {
        return INBOX.resolve(".failed").resolve(name);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Object> importOf(String name) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, status, raw_text, source, error, user_id from workout_import_log where source_ref = ?", name);
        assertThat(rows).as("imports of " + name).hasSize(1);
        return rows.get(0);
    }

    private void awaitFinal(String name) {
        await(name + " parsed by a worker", Duration.ofSeconds(30), () -> count(
                "select count(*) from workout_import_log where source_ref = ? and status not in ('RECEIVED', 'PROCESSING')",
                name) == 1);
    }

    @Test
    void everySupportedTypeIsReadParsedByAWorkerAndMovedToDone() throws Exception {
        String u = unique();
        Map<String, byte[]> files = Map.of(
                u + "-plan.txt", ("Bench Press: 3x8\nSquat: 5x5 txt " + u + "\n").getBytes(StandardCharsets.UTF_8),
                u + "-plan.md", ("Day 1: Upper\nBench Press: 3x8\nDeadlift: 1x5 " + u + "\n").getBytes(StandardCharsets.UTF_8),
                u + "-plan.csv", ("Squat: 5x5\nBench Press: 3x8 csv " + u + "\n").getBytes(StandardCharsets.UTF_8),
                u + "-plan.html", ("<html><head><style>p{}</style></head><body><p>Bench Press: 3x8</p>"
                        + "<div>Squat: 5x5<br>Deadlift: 1x5 " + u + "</div></body></html>").getBytes(StandardCharsets.UTF_8),
                u + "-plan.json", ("{\"text\": \"Bench Press: 3x8\\nSquat: 5x5 json " + u + "\"}").getBytes(StandardCharsets.UTF_8),
                u + "-plan.pdf", TestDocuments.pdf("Bench Press: 3x8", "Squat: 5x5 pdf " + u),
                u + "-plan.docx", TestDocuments.docx("Bench Press: 3x8", "Squat: 5x5 docx " + u));
        // Camel's own view: every file's exchange reaches process-import and completes there
        NotifyBuilder processed = new NotifyBuilder(camel).wereSentTo("direct:process-import")
                .whenCompleted(files.size()).create();
        for (var f : files.entrySet()) {
            Files.write(INBOX.resolve(f.getKey()), f.getValue());
        }
        assertThat(processed.matches(60, TimeUnit.SECONDS)).as("all files processed by process-import").isTrue();
        for (String name : files.keySet()) {
            await(name + " in .done", Duration.ofSeconds(30), () -> Files.exists(done(name)));
            awaitFinal(name);
            Map<String, Object> row = importOf(name);
            assertThat(row.get("source")).isEqualTo("file");
            assertThat(row.get("status")).as(name + ": " + row.get("error")).isIn("STORED", "NEEDS_REVIEW");
            assertThat(plain(row.get("raw_text"))).as(name).contains("Bench Press: 3x8").contains(u)
                    .doesNotContain("<p>", "{\"text\"");
            assertThat(Files.exists(INBOX.resolve(name))).isFalse();
        }
        // html: block elements and <br> became lines
        assertThat(plain(importOf(u + "-plan.html").get("raw_text"))).isEqualTo("Bench Press: 3x8\nSquat: 5x5\nDeadlift: 1x5 " + u);
    }

    @Test
    void unsupportedAndUnreadableFilesGoToFailedWithTheirReason() throws Exception {
        String u = unique();
        Files.writeString(INBOX.resolve(u + "-plan.xlsx"), "not really a spreadsheet");
        Files.write(INBOX.resolve(u + "-latin1.txt"), "Kniebeuge: 5x5 \u00e4\u00f6".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(INBOX.resolve(u + "-empty.txt"), new byte[0]);
        Files.writeString(INBOX.resolve(u + "-broken.pdf"), "%PDF-1.4 this is no pdf");

        for (String name : List.of(u + "-plan.xlsx", u + "-latin1.txt", u + "-empty.txt", u + "-broken.pdf")) {
            await(name + " in .failed with its reason", Duration.ofSeconds(30),
                    () -> Files.exists(failed(name)) && Files.exists(failed(name + ".error.txt")));
            assertThat(Files.exists(INBOX.resolve(name))).isFalse();
            Map<String, Object> row = importOf(name);
            assertThat(row.get("status")).isEqualTo("REJECTED");
            assertThat(Files.readString(failed(name + ".error.txt"))).contains((String) row.get("error"))
                    .contains(row.get("id").toString());
        }
        assertThat(Files.readString(failed(u + "-plan.xlsx.error.txt"))).contains("'.xlsx' are not read");
        assertThat(Files.readString(failed(u + "-latin1.txt.error.txt"))).contains("not valid UTF-8");
        assertThat(Files.readString(failed(u + "-empty.txt.error.txt"))).contains("empty");
        assertThat(Files.readString(failed(u + "-broken.pdf.error.txt"))).contains("PDF could not be read");
    }

    @Test
    void aFileStillBeingWrittenIsReadOnlyWhenComplete() throws Exception {
        String name = unique() + "-slow.txt";
        StringBuilder expected = new StringBuilder();
        try (OutputStream out = Files.newOutputStream(INBOX.resolve(name))) {
            for (int i = 1; i <= 12; i++) { // 12 lines over ~3 s, far beyond the poll and the check interval
                String line = "Squat: " + i + "x5\n";
                expected.append(line);
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(250);
            }
        }
        await(name + " in .done", Duration.ofSeconds(30), () -> Files.exists(done(name)));
        awaitFinal(name);
        assertThat(plain(importOf(name).get("raw_text"))).isEqualTo(expected.toString());
    }

    @Test
    void theSameContentIsImportedOnceAndTheDuplicateIsNoted() throws Exception {
        String u = unique();
        String text = "Bench Press: 3x8\nRows: 3x10 " + u + "\n";
        Files.writeString(INBOX.resolve(u + "-first.txt"), text);
        await("first in .done", Duration.ofSeconds(30), () -> Files.exists(done(u + "-first.txt")));
        UUID first = (UUID) importOf(u + "-first.txt").get("id");

        Files.writeString(INBOX.resolve(u + "-first.txt"), text); // the same file again
        Files.writeString(INBOX.resolve(u + "-copy.md"), text);   // the same content under another name
        await("duplicates noted", Duration.ofSeconds(30), () -> Files.exists(done(u + "-copy.md.duplicate.txt"))
                && Files.exists(done(u + "-first.txt.duplicate.txt")));
        assertThat(Files.readString(done(u + "-copy.md.duplicate.txt"))).contains(first.toString());
        assertThat(importsWhoseText(text::equals)).hasSize(1);
        assertThat(count("select count(*) from workout_import_log where source_ref = ?", u + "-copy.md")).isZero();
    }

    @Test
    void fiveHundredFilesAtOnceAreEachImportedExactlyOnce() throws Exception {
        String u = unique();
        int n = 500;
        Path staging = ROOT.resolve("staging-" + u);
        Files.createDirectories(staging);
        for (int i = 0; i < n; i++) {
            Files.writeString(staging.resolve(u + "-bulk-" + i + ".txt"), "Bench Press: 3x" + (i % 12 + 1)
                    + "\nSquat: 5x5\nPlan " + u + " number " + i + "\n");
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) { // all at once: moved in, as a sync tool or a scanner would drop them
            Files.move(staging.resolve(u + "-bulk-" + i + ".txt"), INBOX.resolve(u + "-bulk-" + i + ".txt"));
        }
        String like = u + "-bulk-%";
        await("500 imports recorded", Duration.ofSeconds(240),
                () -> count("select count(*) from workout_import_log where source_ref like ?", like) >= n);
        long recorded = System.nanoTime();
        await("500 imports parsed", Duration.ofSeconds(240), () -> count(
                "select count(*) from workout_import_log where source_ref like ? and status not in ('RECEIVED', 'PROCESSING')",
                like) >= n);
        long parsed = System.nanoTime();
        assertThat(count("select count(*) from workout_import_log where source_ref like ?", like)).isEqualTo(n);
        assertThat(count("select count(distinct source_ref) from workout_import_log where source_ref like ?", like)).isEqualTo(n);
        assertThat(count("select count(*) from workout_import_log where source_ref like ? and status = 'STORED'", like)).isEqualTo(n);
        await("all files in .done", Duration.ofSeconds(30), () -> {
            try (var files = Files.list(done("x").getParent())) {
                return files.filter(p -> p.getFileName().toString().startsWith(u + "-bulk-")).count() == n;
            } catch (Exception e) {
                return false;
            }
        });
        System.out.printf("500 files: recorded in %.1f s, parsed in %.1f s%n",
                (recorded - start) / 1e9, (parsed - start) / 1e9);
    }
}
