-- Delivery of stored plans to ops' targets (PLAN_DELIVERY_URIS), as a transactional outbox: one row per plan and
-- target, inserted in the transaction that stores the plan (so a stored plan always has its deliveries and a
-- rolled-back one has none), then worked by the plan-delivery routes with retries and backoff.
create table plan_delivery (
    id              uuid primary key default gen_random_uuid(),
    plan_id         uuid not null references workout_plan (id) on delete cascade,
    -- the target's URI as configured, secrets masked: the key to its configuration, never shown in full
    target          text not null,
    format          text not null check (format in ('json', 'liftoscript', 'csv', 'markdown')),
    -- PENDING (waits for its next attempt) -> DELIVERED | FAILED (after the last attempt, with the reason)
    status          text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    -- a claimed row whose instance stopped mid-delivery is claimed again once this has passed
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    unique (plan_id, target)
);
create index idx_plan_delivery_due on plan_delivery (next_attempt_at) where status = 'PENDING';
