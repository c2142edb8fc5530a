package com.workoutplanparser.catalog;

import com.workoutplanparser.match.Alias;
import com.workoutplanparser.match.CatalogExercise;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All SQL for the tables {@code exercise} and {@code exercise_alias}. */
@Repository
@RequiredArgsConstructor
public class ExerciseStore {

    static final String UPSERT_EXERCISE = """
            insert into exercise (id, name, equipment, pattern, muscles, origin)
            values (?, ?, ?, ?, ?, ?)
            on conflict (id) do update
               set name = excluded.name, equipment = excluded.equipment, pattern = excluded.pattern,
                   muscles = excluded.muscles, updated_at = now()
            """;
    static final String INSERT_ALIAS = """
            insert into exercise_alias (exercise_id, alias, language, origin) values (?, ?, ?, ?)
            on conflict (exercise_id, alias) do nothing
            """;
    static final String DELETE_ALIASES_OF_ORIGIN = "delete from exercise_alias where exercise_id = ? and origin = ?";

    static final String CATALOG_VERSION = "select version from catalog_change where id = 1";

    private final JdbcTemplate jdbc;

    public List<CatalogExercise> findAll() {
        Map<String, List<Alias>> aliases = new HashMap<>();
        jdbc.query("select exercise_id, alias, language, origin from exercise_alias order by id", rs -> {
            aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Alias(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        Map<String, CatalogExercise> out = new LinkedHashMap<>();
        jdbc.query("select id, name, equipment, pattern, muscles from exercise order by id", rs -> {
            String id = rs.getString(1);
            out.put(id, new CatalogExercise(id, rs.getString(2), rs.getString(3), rs.getString(4),
                    muscles(rs), aliases.getOrDefault(id, List.of())));
        });
        return new ArrayList<>(out.values());
    }

    public Optional<CatalogExercise> findById(String id) {
        List<Alias> aliases = jdbc.query(
                "select alias, language, origin from exercise_alias where exercise_id = ? order by id",
                (rs, n) -> new Alias(rs.getString(1), rs.getString(2), rs.getString(3)), id);
        return jdbc.query("select id, name, equipment, pattern, muscles from exercise where id = ?",
                (rs, n) -> new CatalogExercise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        muscles(rs), aliases), id).stream().findFirst();
    }

    /** The catalog's change counter (bumped by a trigger on every change, see V40__catalog_change.sql). */
    public long catalogVersion() {
        Long v = jdbc.queryForObject(CATALOG_VERSION, Long.class);
        return v == null ? 0 : v;
    }

    public boolean exists(String id) {
        Integer n = jdbc.queryForObject("select count(*) from exercise where id = ?", Integer.class, id);
        return n != null && n > 0;
    }

    /** Inserts or replaces an exercise and, for the given origin, exactly the given aliases. */
    public void save(CatalogExercise e, String origin) {
        jdbc.execute((Connection c) -> {
            upsert(c, e, origin);
            return null;
        });
    }

    public void addAlias(String exerciseId, String alias, String language, String origin) {
        jdbc.update(INSERT_ALIAS, exerciseId, alias, language, origin);
    }

    /** Used by the catalog seed migration as well as the API, so the SQL stays here. */
    static void upsert(Connection c, CatalogExercise e, String origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_EXERCISE)) {
            Array muscles = c.createArrayOf("text", e.muscles().toArray());
            ps.setString(1, e.id());
            ps.setString(2, e.name());
            ps.setString(3, e.equipment());
            ps.setString(4, e.pattern());
            ps.setArray(5, muscles);
            ps.setString(6, "learned".equals(origin) || "api".equals(origin) ? "api" : "curated");
            ps.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement(DELETE_ALIASES_OF_ORIGIN)) {
            del.setString(1, e.id());
            del.setString(2, origin);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(INSERT_ALIAS)) {
            for (Alias a : e.aliases()) {
                ins.setString(1, e.id());
                ins.setString(2, a.text());
                ins.setString(3, a.language() == null ? "en" : a.language());
                ins.setString(4, origin);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static List<String> muscles(ResultSet rs) throws SQLException {
        Array a = rs.getArray(5);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
