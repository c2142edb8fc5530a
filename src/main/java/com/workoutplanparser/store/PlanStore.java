package com.workoutplanparser.store;

import com.workoutplanparser.crypto.PlanTextCipher;
import com.workoutplanparser.match.MatchResult;
import com.workoutplanparser.parse.ParsedExercise;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * All SQL for {@code workout_plan}, {@code workout_plan_day} and {@code workout_plan_exercise}. The plan's own
 * words (its title, each exercise's source line and notes) are stored encrypted (docs/privacy.md); the
 * structured fields (names, sets, reps, matches) stay plain and queryable.
 */
@Repository
@RequiredArgsConstructor
public class PlanStore {

    /** A plan to store: days of exercises, each with the catalog exercise it was matched to (or none). */
    public record NewPlan(UUID id, UUID userId, UUID importId, String title, List<NewDay> days) {
    }

    public record NewDay(String label, String week, List<NewExercise> exercises) {
    }

    public record NewExercise(ParsedExercise parsed, MatchResult match) {
    }

    /** A stored plan as the API returns it. */
    public record StoredPlan(UUID id, UUID userId, UUID importId, String title, Instant createdAt,
                             List<StoredDay> days) {
    }

    public record StoredDay(String label, String week, List<StoredExercise> exercises) {
    }

    public record StoredExercise(String exerciseId, String exerciseName, String name, String text, Integer sets,
                                 String reps, Object weight, String unit, Double percent1rm, Double rpe,
                                 Integer durationSeconds, Double distanceMeters, Integer restSeconds,
                                 String tempo, String superset, String notes, Double matchConfidence) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PlanTextCipher cipher;

    /**
     * The plan, its days and all their exercises in one statement: one round trip to the database whatever the plan's
     * size (a statement per row cost a round trip each, which under load is most of a parse's time). The days' ids
     * come from the statement itself, the exercises find their day by its position. Follows a {@code plan} CTE
     * that inserted the plan's row; ends the WITH list, so the statement's own select comes next.
     */
    private static final String PLAN_ROWS = """
            days as (
                insert into workout_plan_day (plan_id, position, label, week)
                select plan.id, d.position, d.label, d.week
                  from plan, unnest(cast(:dayPositions as int[]), cast(:dayLabels as text[]),
                                    cast(:dayWeeks as text[])) as d(position, label, week)
                returning id, position),
            exercises as (
                insert into workout_plan_exercise (day_id, position, exercise_id, name, source_text, sets, reps,
                    weights, unit, percent_1rm, rpe, duration_seconds, distance_meters, rest_seconds, tempo,
                    superset, notes, match_confidence)
                select days.id, x.position, x.exercise_id, x.name, x.source_text, x.sets, x.reps,
                       cast(x.weights as numeric[]), x.unit, x.percent_1rm, x.rpe, x.duration_seconds,
                       x.distance_meters, x.rest_seconds, x.tempo, x.superset, x.notes, x.match_confidence
                  from unnest(cast(:dayPosition as int[]), cast(:position as int[]), cast(:exerciseId as text[]),
                              cast(:name as text[]), cast(:sourceText as text[]), cast(:sets as int[]),
                              cast(:reps as text[]), cast(:weights as text[]), cast(:unit as text[]),
                              cast(:percent1rm as numeric[]), cast(:rpe as numeric[]),
                              cast(:durationSeconds as int[]), cast(:distanceMeters as numeric[]),
                              cast(:restSeconds as int[]), cast(:tempo as text[]), cast(:superset as text[]),
                              cast(:notes as text[]), cast(:matchConfidence as numeric[]))
                       as x(day_position, position, exercise_id, name, source_text, sets, reps, weights, unit,
                            percent_1rm, rpe, duration_seconds, distance_meters, rest_seconds, tempo, superset,
                            notes, match_confidence)
                  join days on days.position = x.day_position)
            """;

    /** A plan on its own (a reviewer's approval, whose import is linked in the same transaction). */
    private static final String INSERT_PLAN = """
            with plan as (
                insert into workout_plan (id, user_id, import_id, title)
                values (:planId, :userId, :importId, cast(:title as text)) returning id),
            """ + PLAN_ROWS + "select count(*) from plan";

    /**
     * A plan with its import's outcome, in one statement and so one round trip and one transaction: the plan is
     * inserted only from the import row that took the outcome (in progress, see {@link ImportLogSql#RECORD_OUTCOME}),
     * so a late attempt inserts nothing and gets 0 back.
     */
    private static final String INSERT_PLAN_WITH_OUTCOME = withOutcome(ImportLogSql.RECORD_OUTCOME);

    /** The same for an import whose intake was deferred: its row, its outcome and its plan, in one statement. */
    private static final String INSERT_PLAN_WITH_IMPORT = withOutcome(ImportLogSql.INSERT_WITH_OUTCOME);

    private static String withOutcome(String outcomeSql) {
        return "with outcome as (\n" + outcomeSql + "),\n" + """
                plan as (
                    insert into workout_plan (id, user_id, import_id, title)
                    select :planId, :userId, outcome.id, cast(:title as text) from outcome returning id),
                """ + PLAN_ROWS + "select count(*) from outcome";
    }

    /** Inserts the plan; call inside the transaction that also records the import's outcome. */
    public void insert(NewPlan plan) {
        named.queryForObject(INSERT_PLAN, planParameters(plan, new MapSqlParameterSource()), Integer.class);
    }

    /**
     * Inserts the plan and records its import's outcome ({@code outcome}: {@link ImportLogSql#outcome}'s
     * parameters), or neither: false when another attempt had already decided the import. {@code importRowWritten}
     * false: the import's row is inserted with its outcome ({@link ImportLogSql#INSERT_WITH_OUTCOME}).
     */
    public boolean insertWithOutcome(NewPlan plan, boolean importRowWritten, MapSqlParameterSource outcome) {
        Integer recorded = named.queryForObject(importRowWritten ? INSERT_PLAN_WITH_OUTCOME : INSERT_PLAN_WITH_IMPORT,
                planParameters(plan, outcome), Integer.class);
        return recorded != null && recorded == 1;
    }

    private MapSqlParameterSource planParameters(NewPlan plan, MapSqlParameterSource params) {
        params.addValue("planId", plan.id(), Types.OTHER)
                .addValue("userId", plan.userId(), Types.OTHER)
                .addValue("importId", plan.importId(), Types.OTHER)
                .addValue("title", cipher.encrypt(plan.title()), Types.VARCHAR);
        // line texts stored encrypted (docs/privacy.md)
        for (PlanColumns.Column column : PlanColumns.of(plan, cipher::encrypt).all()) {
            params.addValue(column.name(), new AbstractSqlTypeValue() {
                @Override
                protected Object createTypeValue(Connection con, int sqlType, String typeName) throws SQLException {
                    return con.createArrayOf(column.sqlType(), column.values());
                }
            }, Types.ARRAY);
        }
        return params;
    }

    public Optional<StoredPlan> find(UUID id) {
        List<StoredPlan> plans = jdbc.query("select id, user_id, import_id, title, created_at from workout_plan where id = ?",
                (rs, n) -> new StoredPlan(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), cipher.decrypt(rs.getString(4)), rs.getTimestamp(5).toInstant(), List.of()), id);
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, StoredDayBuilder> days = new LinkedHashMap<>();
        jdbc.query("select id, label, week from workout_plan_day where plan_id = ? order by position",
                rs -> { days.put(rs.getLong(1), new StoredDayBuilder(rs.getString(2), rs.getString(3))); }, id);
        jdbc.query("""
                select x.*, e.name as exercise_name from workout_plan_exercise x
                  join workout_plan_day d on d.id = x.day_id
                  left join exercise e on e.id = x.exercise_id
                 where d.plan_id = ? order by d.position, x.position""",
                rs -> { days.get(rs.getLong("day_id")).exercises.add(storedExercise(rs)); }, id);
        StoredPlan p = plans.get(0);
        return Optional.of(new StoredPlan(p.id(), p.userId(), p.importId(), p.title(), p.createdAt(),
                days.values().stream().map(b -> new StoredDay(b.label, b.week, b.exercises)).toList()));
    }

    @RequiredArgsConstructor
    private static final class StoredDayBuilder {
        final String label;
        final String week;
        final List<StoredExercise> exercises = new ArrayList<>();
    }

    private StoredExercise storedExercise(ResultSet rs) throws SQLException {
        Array weights = rs.getArray("weights");
        Object weight = null;
        if (weights != null) {
            List<Double> w = Arrays.stream((Object[]) weights.getArray())
                    .map(o -> ((BigDecimal) o).doubleValue()).toList();
            weight = w.size() == 1 ? w.get(0) : w;
        }
        return new StoredExercise(rs.getString("exercise_id"), rs.getString("exercise_name"), rs.getString("name"),
                cipher.decrypt(rs.getString("source_text")), (Integer) rs.getObject("sets"), rs.getString("reps"), weight,
                rs.getString("unit"), dbl(rs, "percent_1rm"), dbl(rs, "rpe"), (Integer) rs.getObject("duration_seconds"),
                dbl(rs, "distance_meters"), (Integer) rs.getObject("rest_seconds"), rs.getString("tempo"),
                rs.getString("superset"), cipher.decrypt(rs.getString("notes")), dbl(rs, "match_confidence"));
    }

    private static Double dbl(ResultSet rs, String col) throws SQLException {
        BigDecimal v = rs.getBigDecimal(col);
        return v == null ? null : v.doubleValue();
    }

}
