package com.workoutplanparser.intake;

import com.workoutplanparser.flow.ImportHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A file from a watched folder (the built-in inbox or an ops route's folder) turned into a submission for
 * direct:intake, and the notes left beside it: {@code .failed/<name>.error.txt} says why a file was not
 * imported, {@code .done/<date>/<name>.duplicate.txt} which import already has its content.
 */
@Component("fileIntake")
public class FileIntake {

    private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

    private final IntakeRecorder recorder;
    private final int maxChars;
    private final long maxBytes;

    public FileIntake(IntakeRecorder recorder, @Value("${workout.max-text-chars}") int maxChars,
                      @Value("${workout.intake.folder.max-file-bytes:20000000}") long maxBytes) {
        this.recorder = recorder;
        this.maxChars = maxChars;
        this.maxBytes = maxBytes;
    }

    /** Body in: the file; body out: its plan text, with source (default "file") and source ref (the file name). */
    public void read(Exchange exchange) {
        Message msg = exchange.getMessage();
        String name = msg.getHeader(Exchange.FILE_NAME, String.class);
        if (msg.getHeader(ImportHeaders.SOURCE) == null) {
            msg.setHeader(ImportHeaders.SOURCE, "file");
        }
        msg.setHeader(ImportHeaders.SOURCE_REF, name);
        if (isSymbolicLink(msg)) {
            // a link can point anywhere the service may read (/etc/passwd, another user's folder): never followed
            throw new IntakeRejected("symbolic_link", "The file is a symbolic link; links are never followed."
                    + " Put the file itself into the folder.");
        }
        Long length = msg.getHeader(Exchange.FILE_LENGTH, Long.class);
        if (length != null && length > maxBytes) {
            throw new IntakeRejected("too_large", "The file is " + length + " bytes; files larger than "
                    + maxBytes + " bytes are not read. Split the plan into several files.");
        }
        if (!TextExtractor.supported(name)) {
            TextExtractor.extract(name, new byte[0], maxChars); // throws the unsupported-type reason
        }
        byte[] bytes = msg.getBody(byte[].class);
        msg.setBody(TextExtractor.extract(name, bytes, maxChars));
    }

    /** After direct:intake: a duplicate gets a note beside it in .done. */
    public void afterIntake(Exchange exchange) {
        Message msg = exchange.getMessage();
        UUID earlier = msg.getHeader(IntakeHeaders.DUPLICATE_OF, UUID.class);
        if (earlier != null) {
            Path dir = folder(msg).resolve(".done").resolve(LocalDate.now().toString());
            note(dir, name(msg) + ".duplicate.txt", "Not imported again: the same plan text was already imported as "
                    + earlier + " (GET /api/v1/imports/" + earlier + ").\n");
        }
    }

    /** The file could not be imported: record why (as a REJECTED or FAILED import when possible) and write the sidecar. */
    public void failed(Exchange exchange) {
        Message msg = exchange.getMessage();
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        boolean refused = cause instanceof IntakeRejected || cause instanceof PlanText.InvalidText;
        String reason = cause == null ? "Unknown error." : refused ? cause.getMessage()
                : "The file could not be imported (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ").";
        String name = name(msg);
        String source = msg.getHeader(ImportHeaders.SOURCE, "file", String.class);
        String recorded;
        try {
            UUID owner = recorder.owner(msg);
            UUID id = recorder.recordRefused(owner, refused ? "REJECTED" : "FAILED", source, name, null,
                    name.getBytes(StandardCharsets.UTF_8), reason);
            recorded = "Recorded as import " + id + ".";
        } catch (RuntimeException e) {
            try {
                recorder.recordFailure(source, name, reason);
            } catch (RuntimeException ignored) {
                // the sidecar below still says why
            }
            recorded = "Not recorded as an import (" + e.getMessage() + ").";
        }
        log.warn("{} {} was not imported: {}", source, LogSafe.printable(name), LogSafe.printable(reason));
        note(folder(msg).resolve(".failed"), name + ".error.txt", reason + "\n" + recorded + "\n");
    }

    private static boolean isSymbolicLink(Message msg) {
        String path = msg.getHeader("CamelFileAbsolutePath", String.class);
        if (path == null) {
            path = msg.getHeader(Exchange.FILE_PATH, String.class);
        }
        return path != null && Files.isSymbolicLink(Path.of(path));
    }

    private static String name(Message msg) {
        String name = msg.getHeader(Exchange.FILE_NAME, String.class);
        return name == null ? "unnamed" : name;
    }

    private static Path folder(Message msg) {
        Object file = msg.getHeader("CamelFileAbsolutePath");
        String parent = msg.getHeader(Exchange.FILE_PARENT, String.class);
        if (parent != null) {
            return Path.of(parent);
        }
        return file == null ? Path.of(".") : Path.of(file.toString()).getParent();
    }

    private static void note(Path dir, String fileName, String text) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(fileName.replace('/', '_')), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.error("Could not write {} in {}: {}", LogSafe.printable(fileName), dir,
                    com.workoutplanparser.web.LogSafeCause.of(e));
        }
    }
}
