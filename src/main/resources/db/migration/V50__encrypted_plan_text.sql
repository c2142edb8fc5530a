-- Plan text at rest (docs/privacy.md): workout_import_log.raw_text, the plan lines inside parsed_exercises,
-- workout_plan.title and workout_plan_exercise.source_text/notes hold values encrypted by the service
-- (AES-256-GCM, "wpp1:<key id>:<base64>"); rows written before this stay plain until the rotation command
-- (POST /api/v1/admin/encryption/rotate) re-encrypts them. The columns are text already.
-- The LLM reply cache keeps its reply encrypted too, which is no longer JSON: the column becomes text
-- (existing replies keep their JSON text, readable as legacy plain values).
alter table llm_reply_cache alter column reply type text using reply::text;

comment on column workout_import_log.raw_text is 'encrypted plan text (wpp1:<key id>:…) or a legacy plain value';
comment on column llm_reply_cache.reply is 'encrypted LLM reply (wpp1:<key id>:…) or a legacy plain JSON value';
