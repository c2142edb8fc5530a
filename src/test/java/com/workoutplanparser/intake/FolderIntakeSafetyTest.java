package com.workoutplanparser.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the watched folder must not take: links, temporary and partial files, dotfiles; and names that forge logs. */
@ExtendWith(OutputCaptureExtension.class)
class FolderIntakeSafetyTest extends IntakeTestBase {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path done(String name) {
        return INBOX.resolve(".done").resolve(LocalDate.now().toString()).resolve(name);
    }

    private long imports(String sourceRef) {
        return count("select count(*) from workout_import_log where source_ref = ?", sourceRef);
    }

    @Test
    void aSymbolicLinkIsNeverFollowedButRefusedIntoFailedWithTheReason() throws Exception {
        String u = unique();
        Path secret = ROOT.resolve("outside-" + u + ".txt");
        Files.writeString(secret, "Bench Press: 3x8\nsecret-" + u + "\n");
        String link = u + "-link.txt";
        Files.createSymbolicLink(INBOX.resolve(link), secret);

        Path note = INBOX.resolve(".failed").resolve(link + ".error.txt");
        Path moved = INBOX.resolve(".failed").resolve(link);
        await(link + " refused into .failed", Duration.ofSeconds(30), () -> Files.exists(note) && Files.isSymbolicLink(moved));
        assertThat(Files.readString(note)).contains("symbolic link");
        assertThat(INBOX.resolve(link)).as("the link itself was moved").doesNotExist();
        assertThat(Files.readString(secret)).as("the target is untouched").contains("secret-" + u);
        assertThat(jdbc.queryForObject("select status from workout_import_log where source_ref = ?", String.class, link))
                .isEqualTo("REJECTED");
        assertThat(importsWhoseText(t -> t.contains("secret-" + u)))
                .as("the target's text is stored nowhere").isEmpty();
    }

    @Test
    void temporaryPartialAndHiddenFilesAreLeftAloneUntilRenamed() throws Exception {
        String u = unique();
        List<String> ignored = List.of(u + "-a.tmp", u + "-b.part", u + "-c.crdownload", u + "-d.TMP", "." + u + "-e.txt");
        for (String name : ignored) {
            Files.writeString(INBOX.resolve(name), "Squat: 5x5 " + name + "\n");
        }
        String control = u + "-control.txt"; // dropped after them: once it is imported, the folder was polled
        Files.writeString(INBOX.resolve(control), "Deadlift: 1x5 " + u + "\n");
        await(control + " imported", Duration.ofSeconds(30), () -> imports(control) == 1 && Files.exists(done(control)));

        for (String name : ignored) {
            assertThat(INBOX.resolve(name)).as(name + " still waiting").exists();
            assertThat(imports(name)).as(name).isZero();
        }
        Files.move(INBOX.resolve(u + "-b.part"), INBOX.resolve(u + "-b.txt")); // the download finished
        await(u + "-b.txt imported once renamed", Duration.ofSeconds(30), () -> imports(u + "-b.txt") == 1);
        for (String name : ignored) {
            Files.deleteIfExists(INBOX.resolve(name));
        }
    }

    @Test
    void aFileNameWithALineBreakCannotForgeALogLine(CapturedOutput output) throws Exception {
        String u = unique();
        String name = u + "-plan\nERROR forged-" + u + ".xlsx"; // unsupported type: refused, and logged
        Files.writeString(INBOX.resolve(name), "not a spreadsheet");
        String safe = u + "-plan_ERROR forged-" + u + ".xlsx";
        await("renamed, then refused", Duration.ofSeconds(30), () -> imports(safe) == 1);
        // the failure is recorded first, then its reason is written beside the file (FileIntake.failed)
        await("reason written", Duration.ofSeconds(10),
                () -> Files.exists(INBOX.resolve(".failed").resolve(safe + ".error.txt")));
        await("logged", Duration.ofSeconds(10), () -> output.getAll().contains(safe + " was not imported"));
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("ERROR forged-" + u));
        assertThat(imports(name)).isZero();
    }
}
