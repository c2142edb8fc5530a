package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.crypto.PlanTextCipher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reply cache in a real PostgreSQL (embedded), with the schema from the Flyway migrations. */
class JdbcReplyCacheTest {

    static final String TEST_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aStoredReplyIsFoundByItsKey_andHitsAreCounted() throws Exception {
        JdbcReplyCache cache = new JdbcReplyCache(jdbc, PlanTextCipher.of(TEST_KEY));
        String key = ReplyCache.key("1| Squat 5x5\n", "openai", "gpt-4o-mini", "v1");
        String reply = "{\"title\":null,\"days\":[],\"ignoredLines\":[1]}";

        assertThat(cache.find(key)).isEmpty();
        cache.put(key, new ReplyCache.Entry("openai", "gpt-4o-mini", "v1", reply, 812, 236));
        cache.put(key, new ReplyCache.Entry("openai", "gpt-4o-mini", "v1", "{\"other\":1}", 1, 1));

        ReplyCache.CachedReply hit = cache.find(key).orElseThrow();
        assertThat(FakeReplies.JSON.readTree(hit.reply())).isEqualTo(FakeReplies.JSON.readTree(reply));
        assertThat(hit.inputTokens()).isEqualTo(812);
        assertThat(hit.outputTokens()).isEqualTo(236);
        assertThat(jdbc.queryForObject("select hits from llm_reply_cache where cache_key = ?", Long.class, key))
                .isEqualTo(1L);
        // the reply holds the plan's lines: stored encrypted, never as the text the LLM sent back
        assertThat(jdbc.queryForObject("select reply from llm_reply_cache where cache_key = ?", String.class, key))
                .startsWith("wpp1:").doesNotContain("ignoredLines");
        assertThat(cache.find(ReplyCache.key("1| Squat 5x5\n", "openai", "gpt-4o-mini", "v2"))).isEmpty();
    }
}
