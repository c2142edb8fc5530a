-- Idempotency-Key on POST: a client that retries (its request timed out, the connection dropped) gets the
-- first answer back instead of a second import. Keys are per user: two users may pick the same key.
-- The key is claimed with the id the import (or batch) will get, before it is recorded.
create table idempotency_key (
    user_id    uuid not null references app_user (id),
    key        text not null,
    import_id  uuid,
    batch_id   text,
    created_at timestamptz not null default now(),
    primary key (user_id, key),
    check (import_id is not null or batch_id is not null)
);
create index idx_idempotency_key_created_at on idempotency_key (created_at);
