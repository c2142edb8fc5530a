package com.workoutplanparser.catalog;

import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.match.CatalogFile;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Loads the curated catalog file into PostgreSQL as a Flyway repeatable migration: its checksum is the
 * file's CRC, so Flyway runs it again exactly when the file changes. Only curated rows are replaced;
 * aliases learned from reviews and exercises added through the API are left alone.
 */
public class CatalogSeedMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return null; // repeatable
    }

    @Override
    public String getDescription() {
        return "Seed exercise catalog from " + CatalogFile.RESOURCE;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        try (InputStream in = resource()) {
            crc.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        List<CatalogExercise> catalog;
        try (InputStream in = resource()) {
            catalog = CatalogFile.read(in);
        }
        for (CatalogExercise e : catalog) {
            ExerciseStore.upsert(context.getConnection(), e, "curated");
        }
    }

    private static InputStream resource() {
        InputStream in = CatalogSeedMigration.class.getClassLoader().getResourceAsStream(CatalogFile.RESOURCE);
        if (in == null) {
            throw new IllegalStateException("catalog file " + CatalogFile.RESOURCE + " is missing");
        }
        return in;
    }
}
