-- A counter of catalog changes, bumped by the database itself in the transaction of every change to an
-- exercise or an alias (API, review learning, the seed), so no writer can forget it. Every instance polls it
-- and rebuilds its in-memory matcher when it moved: a change made on one instance is seen by all.
-- Row-level triggers: an "insert … on conflict do nothing" that inserts nothing does not bump it.
create table catalog_change (
    id         int primary key check (id = 1),
    version    bigint      not null,
    changed_at timestamptz not null default now()
);
insert into catalog_change (id, version) values (1, 0);

create function bump_catalog_change() returns trigger language plpgsql as $$
begin
    update catalog_change set version = version + 1, changed_at = now() where id = 1;
    return null;
end
$$;

create trigger exercise_catalog_change after insert or update or delete on exercise
    for each row execute function bump_catalog_change();
create trigger exercise_alias_catalog_change after insert or update or delete on exercise_alias
    for each row execute function bump_catalog_change();
