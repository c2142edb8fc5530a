-- Core schema: users, the exercise catalog, the import log (as the seed describes it, plus what the
-- pipeline needs to account for every submission), stored plans and the review queue.

create table app_user (
    id           uuid primary key default gen_random_uuid(),
    email        text unique,
    display_name text not null,
    role         text not null default 'user' check (role in ('user', 'reviewer', 'admin')),
    -- SHA-256 of the API token: the token itself is never stored.
    token_hash   text not null unique,
    created_at   timestamptz not null default now()
);

create table exercise (
    id         text primary key,          -- stable slug, the API's exerciseId
    name       text not null,
    equipment  text,
    pattern    text,
    muscles    text[] not null default '{}',
    origin     text not null default 'curated' check (origin in ('curated', 'api')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table exercise_alias (
    id          bigint generated always as identity primary key,
    exercise_id text not null references exercise (id) on delete cascade,
    alias       text not null,
    language    text not null default 'en',
    origin      text not null default 'curated' check (origin in ('curated', 'learned', 'api')),
    created_at  timestamptz not null default now(),
    unique (exercise_id, alias)
);
create index idx_exercise_alias_exercise on exercise_alias (exercise_id);

create table workout_plan (
    id         uuid primary key default gen_random_uuid(),
    user_id    uuid not null references app_user (id),
    import_id  uuid,
    title      text,
    created_at timestamptz not null default now()
);
create index idx_workout_plan_user on workout_plan (user_id);

create table workout_plan_day (
    id       bigint generated always as identity primary key,
    plan_id  uuid not null references workout_plan (id) on delete cascade,
    position int  not null,
    label    text,
    week     text,
    unique (plan_id, position)
);

create table workout_plan_exercise (
    id               bigint generated always as identity primary key,
    day_id           bigint not null references workout_plan_day (id) on delete cascade,
    position         int    not null,
    exercise_id      text references exercise (id) on delete set null,
    name             text   not null,          -- as written in the plan
    source_text      text,
    sets             int,
    reps             text,
    weights          numeric[],
    unit             text,
    percent_1rm      numeric,
    rpe              numeric,
    duration_seconds int,
    distance_meters  numeric,
    rest_seconds     int,
    tempo            text,
    superset         text,
    notes            text,
    match_confidence numeric,
    unique (day_id, position)
);

-- The seed's import log, with the columns that give every submission exactly one outcome.
create table workout_import_log (
    id                uuid primary key default gen_random_uuid(),
    user_id           uuid not null references app_user (id),
    workout_plan_id   uuid references workout_plan (id),
    raw_text          text not null,
    parsed_exercises  jsonb,
    confidence_scores jsonb,
    created_at        timestamptz not null default now(),
    -- RECEIVED -> (PROCESSING) -> STORED | NEEDS_REVIEW | REJECTED | FAILED
    status            text not null default 'RECEIVED'
        check (status in ('RECEIVED', 'PROCESSING', 'STORED', 'NEEDS_REVIEW', 'REJECTED', 'FAILED')),
    source            text not null,           -- rest, file, email, or an ops route's name
    source_ref        text,                    -- file name, Message-ID, …
    content_hash      text not null,           -- SHA-256 of raw_text
    parser            text,                    -- rules, llm, hybrid
    input_tokens      bigint not null default 0,
    output_tokens     bigint not null default 0,
    cost_usd          numeric(12, 6) not null default 0,
    error             text,                    -- why REJECTED or FAILED, in words a user can act on
    updated_at        timestamptz not null default now()
);
create index idx_workout_import_log_user_id on workout_import_log (user_id);
create index idx_workout_import_log_created_at on workout_import_log (created_at desc);
create index idx_workout_import_log_workout_plan_id on workout_import_log (workout_plan_id);
create index idx_workout_import_log_status on workout_import_log (status);

alter table workout_plan
    add constraint fk_workout_plan_import foreign key (import_id) references workout_import_log (id);

create table review_item (
    id            uuid primary key default gen_random_uuid(),
    import_id     uuid not null unique references workout_import_log (id),
    user_id       uuid not null references app_user (id),
    status        text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    reason        text not null,               -- why a person must look at it
    decided_by    uuid references app_user (id),
    decided_at    timestamptz,
    decision_note text,
    created_at    timestamptz not null default now()
);
create index idx_review_item_status_created on review_item (status, created_at);
