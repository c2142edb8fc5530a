-- Intake: the durable work queue on workout_import_log, content idempotency, the folder read locks,
-- mail replies and intake failures that have no import.

-- Work queue: RECEIVED rows wait for a worker; a worker claims them (FOR UPDATE SKIP LOCKED) into
-- PROCESSING with a lease. A row whose lease expired (the worker crashed) is claimable again.
alter table workout_import_log
    add column lease_until timestamptz,
    add column attempts    int not null default 0,
    add column claimed_by  text,
    -- the mail's Message-ID for the body and every attachment of one mail; the batch id of a REST batch
    add column parent_ref  text;

create index idx_workout_import_log_queue on workout_import_log (created_at)
    where status in ('RECEIVED', 'PROCESSING');
create index idx_workout_import_log_parent_ref on workout_import_log (parent_ref) where parent_ref is not null;

-- The same content (text hash) for the same owner is imported once by the folder, mail and ops intakes.
-- The insert into this table and into workout_import_log happen in one statement.
create table intake_content (
    owner_id     uuid not null references app_user (id),
    content_hash text not null,
    import_id    uuid not null,
    source       text not null,
    source_ref   text,
    created_at   timestamptz not null default now(),
    primary key (owner_id, content_hash)
);

-- Camel idempotent repositories (the shared folder's read lock): one key per processor, inserted once.
create table intake_message_id (
    processor_name text not null,
    message_id     text not null,
    created_at     timestamptz not null default now(),
    primary key (processor_name, message_id)
);

-- A reply to a mail, sent by a worker once every import of the mail has an outcome.
create table intake_mail_reply (
    id           uuid primary key default gen_random_uuid(),
    message_id   text not null,
    to_address   text not null,
    subject      text not null,
    import_ids   uuid[] not null default '{}',
    notes        text[] not null default '{}', -- what was skipped or refused, and why
    status       text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts     int not null default 0,
    lease_until  timestamptz,
    error        text,
    created_at   timestamptz not null default now(),
    sent_at      timestamptz
);
create index idx_intake_mail_reply_pending on intake_mail_reply (created_at) where status = 'PENDING';

-- Submissions that failed before an import could be recorded (a mail that could not be read, …).
create table intake_failure (
    id         bigint generated always as identity primary key,
    source     text not null,
    source_ref text,
    reason     text not null,
    created_at timestamptz not null default now()
);
