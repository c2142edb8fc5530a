package com.workoutplanparser.llm;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The reply cache without a database, for route tests (JdbcReplyCacheTest covers the real one). */
final class InMemoryReplyCache implements ReplyCache {

    final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<CachedReply> find(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(new CachedReply(e.reply(), e.inputTokens(), e.outputTokens()));
    }

    @Override
    public void put(String key, Entry entry) {
        entries.putIfAbsent(key, entry);
    }
}
