package com.workoutplanparser.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Reads the configured keys (see {@link CryptoSettings}); with none configured, generates one into the data
 * folder at first start, readable by the service's user only, and says so once. The key is never logged.
 */
final class KeySources {

    private static final Logger log = LoggerFactory.getLogger(KeySources.class);

    private KeySources() {
    }

    static KeyRing load(CryptoSettings settings) {
        List<String> keys = new ArrayList<>();
        if (!settings.key().isBlank()) {
            keys.add(settings.key().strip());
        }
        if (!settings.keyFile().isBlank()) {
            keys.addAll(readKeyFile(Path.of(settings.keyFile().strip())));
        }
        Arrays.stream(settings.keys().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(keys::add);
        if (keys.isEmpty()) {
            keys.add(generatedKey(Path.of(settings.generatedKeyFile()).toAbsolutePath().normalize()));
        }
        return KeyRing.of(keys);
    }

    /** One key a line; blank lines and lines starting with # are skipped. */
    static List<String> readKeyFile(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new KeyConfigurationException("Cannot read the data encryption key file " + file
                    + " (DATA_ENCRYPTION_KEY_FILE): " + e.getClass().getSimpleName(), e);
        }
    }

    private static String generatedKey(Path file) {
        if (Files.exists(file)) {
            List<String> lines = readKeyFile(file);
            if (lines.isEmpty()) {
                throw new KeyConfigurationException("The generated key file " + file + " is empty.");
            }
            return lines.get(0);
        }
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String key = Base64.getEncoder().encodeToString(raw);
        try {
            Files.createDirectories(file.getParent());
            // written whole into a private temporary file (0600 from the start), then linked into place: link()
            // fails if the name exists, so two instances starting on one folder at once end up sharing one key
            Path tmp = Files.createTempFile(file.getParent(), ".data-encryption", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(tmp, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
                Files.createLink(file, tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (FileAlreadyExistsException e) {
            return readKeyFile(file).get(0); // another instance on the same folder was first: share its key
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated data encryption key to " + file, e);
        }
        log.warn("No data encryption key configured (DATA_ENCRYPTION_KEY, DATA_ENCRYPTION_KEY_FILE): generated one "
                + "into {} (mode 0600). Back it up with the database: without it the stored plan texts cannot be read.",
                file);
        return key;
    }
}
