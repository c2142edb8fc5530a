package com.workoutplanparser.review;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.UUID;

/** All SQL for {@code match_correction}. */
@Repository
@RequiredArgsConstructor
public class CorrectionStore {

    private final JdbcTemplate jdbc;

    public void insert(UUID reviewId, UUID importId, MatchCorrection c, UUID correctedBy) {
        jdbc.update("""
                insert into match_correction (review_id, import_id, original_name, name_key, suggested_exercise_id,
                                              chosen_exercise_id, corrected_by)
                values (?, ?, ?, ?, ?, ?, ?)""",
                reviewId, importId, c.writtenName(), AliasLearning.nameKey(c.writtenName()), c.suggestedExerciseId(),
                c.chosenExerciseId(), correctedBy);
    }

    /** How many corrections turned this (normalised) name into this exercise. */
    public long countAgreeing(String nameKey, String chosenExerciseId) {
        Long n = jdbc.queryForObject(
                "select count(*) from match_correction where name_key = ? and chosen_exercise_id = ?",
                Long.class, nameKey, chosenExerciseId);
        return n == null ? 0 : n;
    }
}
