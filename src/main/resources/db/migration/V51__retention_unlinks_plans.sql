-- Retention (docs/privacy.md): an import older than IMPORT_RETENTION_DAYS is deleted with its raw text and its
-- review item; the plan stored from it stays, unlinked, and so do the match corrections learned from its review
-- (they hold exercise names, not plan text, and keep teaching the matcher).
alter table workout_plan drop constraint fk_workout_plan_import;
alter table workout_plan
    add constraint fk_workout_plan_import foreign key (import_id) references workout_import_log (id) on delete set null;

alter table match_correction alter column review_id drop not null;
alter table match_correction alter column import_id drop not null;
alter table match_correction drop constraint match_correction_review_id_fkey;
alter table match_correction drop constraint match_correction_import_id_fkey;
alter table match_correction
    add constraint match_correction_review_id_fkey foreign key (review_id) references review_item (id) on delete set null,
    add constraint match_correction_import_id_fkey foreign key (import_id) references workout_import_log (id) on delete set null;
