package com.workoutplanparser.llm;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reply cache in PostgreSQL (table {@code llm_reply_cache}, migration V20). */
public class JdbcReplyCache implements ReplyCache {

    private final JdbcTemplate jdbc;

    public JdbcReplyCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CachedReply> find(String key) {
        Optional<CachedReply> hit = jdbc.query(
                "select reply::text, input_tokens, output_tokens from llm_reply_cache where cache_key = ?",
                (rs, i) -> new CachedReply(rs.getString(1), rs.getLong(2), rs.getLong(3)), key)
                .stream().findFirst();
        hit.ifPresent(h -> jdbc.update(
                "update llm_reply_cache set hits = hits + 1, last_hit_at = now() where cache_key = ?", key));
        return hit;
    }

    @Override
    public void put(String key, Entry e) {
        // two imports of the same text at once both pay; the second insert is simply dropped
        jdbc.update("""
                insert into llm_reply_cache (cache_key, provider, model, prompt_version, reply, input_tokens, output_tokens)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (cache_key) do nothing""",
                key, e.provider(), e.model(), e.promptVersion(), e.reply(), e.inputTokens(), e.outputTokens());
    }
}
