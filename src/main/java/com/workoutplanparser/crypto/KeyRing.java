package com.workoutplanparser.crypto;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys the service knows, the first one primary. A key's id is derived from the key itself (a truncated
 * SHA-256 under a fixed label), so the same key has the same id on every instance and in every configuration,
 * and no list of ids has to be kept in step with the keys. The id tells nothing about the key.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class KeyRing {

    private static final int KEY_BYTES = 32;

    private final String primaryId;
    private final Map<String, SecretKey> keys;

    /** Keys in base64, the first primary; the same key given twice counts once. */
    public static KeyRing of(List<String> base64Keys) {
        if (base64Keys.isEmpty()) {
            throw new KeyConfigurationException("No data encryption key is configured.");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (int i = 0; i < base64Keys.size(); i++) {
            byte[] raw = decode(base64Keys.get(i), i + 1);
            keys.putIfAbsent(idOf(raw), new SecretKeySpec(raw, "AES"));
        }
        return new KeyRing(keys.keySet().iterator().next(), Map.copyOf(keys));
    }

    public String primaryId() {
        return primaryId;
    }

    public SecretKey primary() {
        return keys.get(primaryId);
    }

    /** The key with this id, or null when it is not (or no longer) configured. */
    public SecretKey find(String id) {
        return keys.get(id);
    }

    public int size() {
        return keys.size();
    }

    /** The id under which values encrypted with this (base64) key are stored. */
    public static String idOf(String base64Key) {
        return idOf(decode(base64Key, 1));
    }

    private static String idOf(byte[] raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("workout-plan-parser data key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(raw), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // SHA-256 is in every JDK
        }
    }

    private static byte[] decode(String base64, int position) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // never quote the value: it is a secret, even when malformed
            throw new KeyConfigurationException("Data encryption key " + position + " is not valid base64.");
        }
        if (raw.length != KEY_BYTES) {
            throw new KeyConfigurationException("Data encryption key " + position + " has " + raw.length
                    + " bytes; an AES-256 key has 32 (generate one with: openssl rand -base64 32).");
        }
        return raw;
    }
}
