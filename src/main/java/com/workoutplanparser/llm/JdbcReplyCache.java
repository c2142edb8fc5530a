package com.workoutplanparser.llm;

import com.workoutplanparser.crypto.PlanTextCipher;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reply cache in PostgreSQL (table {@code llm_reply_cache}, migrations V20 and V50). The key is a hash of
 * the text sent; the reply (the LLM's reading of the plan, its lines included) is stored encrypted.
 */
@RequiredArgsConstructor
public class JdbcReplyCache implements ReplyCache {

    private final JdbcTemplate jdbc;
    private final PlanTextCipher cipher;

    @Override
    public Optional<CachedReply> find(String key) {
        Optional<CachedReply> hit = jdbc.query(
                "select reply, input_tokens, output_tokens from llm_reply_cache where cache_key = ?",
                (rs, i) -> new CachedReply(cipher.decrypt(rs.getString(1)), rs.getLong(2), rs.getLong(3)), key)
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
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (cache_key) do nothing""",
                key, e.provider(), e.model(), e.promptVersion(), cipher.encrypt(e.reply()), e.inputTokens(),
                e.outputTokens());
    }
}
