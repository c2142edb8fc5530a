package com.workoutplanparser.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Validated LLM replies by a hash of what was asked, so the same text is never paid for twice. */
public interface ReplyCache {

    Optional<CachedReply> find(String key);

    void put(String key, Entry entry);

    /** What a hit gives back: the reply, and what it cost when it was first paid for. */
    record CachedReply(String reply, long inputTokens, long outputTokens) {
    }

    record Entry(String provider, String model, String promptVersion, String reply, long inputTokens,
                 long outputTokens) {
    }

    /**
     * SHA-256 over (text sent, provider, model, prompt version), each part length-prefixed so that no two
     * different tuples can spell the same bytes.
     */
    static String key(String text, String provider, String model, String promptVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {provider, model, promptVersion, text}) {
                byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No cache (no database): every call is paid. */
    ReplyCache NONE = new ReplyCache() {
        @Override
        public Optional<CachedReply> find(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, Entry entry) {
        }
    };
}
