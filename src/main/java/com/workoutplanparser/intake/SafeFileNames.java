package com.workoutplanparser.intake;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The file filter of every intake folder ({@code filter=#intakeFileNames} in workout.intake.folder.options): a
 * file whose name holds a control character (a line break, say) is renamed, each such character replaced by
 * '_', before anything reads it. Our own log lines escape names ({@link LogSafe#printable}), but Camel's file
 * consumer quotes a file's name raw in its own warnings (a rollback, a failed move), where "plan\nERROR ..."
 * would forge a log line; with the name made safe first, no log line can carry it. The renamed file is taken at
 * the next poll like any other; its content is untouched.
 */
@Component("intakeFileNames")
public class SafeFileNames implements GenericFileFilter<File> {

    private static final Logger log = LoggerFactory.getLogger(SafeFileNames.class);

    @Override
    public boolean accept(GenericFile<File> file) {
        String name = file.getFileNameOnly();
        if (name == null || !hasControlCharacter(name)) {
            return true;
        }
        Path from = Path.of(file.getAbsoluteFilePath());
        Path to = from.resolveSibling(safe(name));
        try {
            Files.move(from, to);
            log.warn("Renamed a file whose name held control characters to {} before reading it", LogSafe.printable(to.getFileName().toString()));
        } catch (NoSuchFileException e) {
            // another instance sharing the folder renamed it first
        } catch (IOException e) {
            log.warn("Could not rename the file {} whose name holds control characters: {}", LogSafe.printable(name),
                    LogSafe.printable(e.getMessage()));
        }
        return false; // the renamed file is picked up at the next poll
    }

    static boolean hasControlCharacter(String name) {
        return name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
    }

    static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '_' : c));
        return out.toString();
    }
}
