package com.workoutplanparser.review;

/** Every statement on {@code review_item}, in one place (see ImportLogSql for the parameter style). */
public final class ReviewSql {

    private ReviewSql() {
    }

    public static final String INSERT_PENDING = """
            insert into review_item (id, import_id, user_id, status, reason)
            values (:#${header.workoutReviewId}, :#${header.workoutImportId}, :#${header.workoutUserId}, 'PENDING',
                    :#${header.workoutError})""";
}
