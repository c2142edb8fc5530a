package com.workoutplanparser.catalog;

import com.workoutplanparser.match.CatalogExercise;
import com.workoutplanparser.match.CatalogFile;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.util.List;
import java.util.zip.CRC32;

/**
 * Loads the curated catalog file into PostgreSQL as a Flyway repeatable migration: its checksum is the
 * CRC of all curated files, so Flyway runs it again exactly when one of them changes. Only curated rows are replaced;
 * aliases learned from reviews and exercises added through the API are left alone.
 */
public class CatalogSeedMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return null; // repeatable
    }

    @Override
    public String getDescription() {
        return "Seed exercise catalog from catalog/exercises*.yaml";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(CatalogFile.allBytes());
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        List<CatalogExercise> catalog = CatalogFile.loadDefault();
        for (CatalogExercise e : catalog) {
            ExerciseStore.upsert(context.getConnection(), e, "curated");
        }
    }
}
