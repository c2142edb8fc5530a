-- Replies of the LLM, kept so that the same text is never paid for twice.
-- The key is a SHA-256 over (text sent, provider, model, prompt version): a new model or prompt asks again.
-- Only replies that passed schema validation are stored.
create table llm_reply_cache (
    cache_key      char(64)    primary key,
    provider       text        not null,
    model          text        not null,
    prompt_version text        not null,
    reply          jsonb       not null,
    input_tokens   bigint      not null default 0,
    output_tokens  bigint      not null default 0,
    created_at     timestamptz not null default now(),
    hits           bigint      not null default 0,
    last_hit_at    timestamptz
);

create index llm_reply_cache_created_at_idx on llm_reply_cache (created_at);
