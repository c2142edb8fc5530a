-- The review queue learns: every match a reviewer corrected is kept (what was written, what the matcher
-- suggested, what the reviewer chose, who, when). Counting agreeing corrections of the same name turns a
-- name into a learned alias; the rows also give the "manual corrections" metric its history.
create table match_correction (
    id                    bigint generated always as identity primary key,
    review_id             uuid        not null references review_item (id),
    import_id             uuid        not null references workout_import_log (id),
    original_name         text        not null,          -- the name as written in the plan
    name_key              text        not null,          -- normalised name: what learning counts on
    suggested_exercise_id text references exercise (id) on delete set null, -- null when nothing matched
    chosen_exercise_id    text        not null references exercise (id) on delete cascade,
    corrected_by          uuid        not null references app_user (id),
    corrected_at          timestamptz not null default now()
);
create index idx_match_correction_learning on match_correction (name_key, chosen_exercise_id);
create index idx_match_correction_review on match_correction (review_id);

-- An ordinary user's queue ("my items"), oldest first.
create index idx_review_item_user_status_created on review_item (user_id, status, created_at);
