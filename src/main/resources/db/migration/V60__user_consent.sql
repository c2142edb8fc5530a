-- Consent (docs/security.md): whether a user's plans may be sent to an LLM provider. New users get the
-- configured default (AI_PROCESSING_DEFAULT, true unless set); existing users keep today's behaviour (true).
-- An opted-out user's plans are read by the rules only and go to review for what the rules could not read.
alter table app_user add column ai_processing boolean not null default true;
-- When the user's token was last issued or rotated: lets an operator see a token that was never rotated.
alter table app_user add column token_issued_at timestamptz not null default now();
