-- API limits (docs/security.md): each user has a tier that decides their rate limits. The names are the
-- configured tiers (workout.limits.tiers.*; free, paid and admin by default), checked by the admin API rather
-- than here, so ops can add a tier without a migration.
alter table app_user add column tier text not null default 'free';
update app_user set tier = 'admin' where role = 'admin';
