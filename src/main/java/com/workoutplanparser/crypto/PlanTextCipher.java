package com.workoutplanparser.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Encrypts and decrypts the user's text that is stored (plan text, plan lines, LLM replies) with AES-256-GCM
 * from the JDK: a fresh 96-bit nonce for every value, a 128-bit tag, so a changed value fails to decrypt
 * instead of reading as something else.
 *
 * <p>A stored value is {@code wpp1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>}; the key id and the version are
 * also the associated data, so a value cannot be passed off under another key id. A value without the prefix
 * was written before encryption existed and is returned as it is ({@link #decrypt} accepts both), until the
 * rotation command re-encrypts it.
 */
@Component
@EnableConfigurationProperties(CryptoSettings.class)
public class PlanTextCipher {

    static final String PREFIX = "wpp1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final CryptoSettings settings;
    private final AtomicReference<KeyRing> ring;
    private final SecureRandom random = new SecureRandom();
    private static final long RELOAD_INTERVAL_NANOS = 5_000_000_000L;
    private volatile long lastReload = System.nanoTime() - RELOAD_INTERVAL_NANOS;

    public PlanTextCipher(CryptoSettings settings) {
        this.settings = settings;
        this.ring = new AtomicReference<>(KeySources.load(settings));
    }

    /** For tests and tools: a cipher over exactly these keys (base64, the first primary). */
    public static PlanTextCipher of(String... base64Keys) {
        return new PlanTextCipher(new CryptoSettings("", "", String.join(",", base64Keys), "", 1));
    }

    /** The value to store for {@code plain}; null stays null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        KeyRing keys = ring.get();
        String header = PREFIX + keys.primaryId() + ":";
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, keys.primary(), nonce, header);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
            return header + Base64.getEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The plain text of a stored value: decrypted when it was encrypted (under any configured key), as it is
     * when it is a legacy plain value written before encryption; null stays null. This is the one way to read
     * a stored plan text, line or reply (exports, reviews, the queue).
     *
     * @throws UndecryptableValueException when the value's key is not configured or the value was altered
     */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new UndecryptableValueException("A stored value has no key id.");
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKey key = ring.get().find(keyId);
        if (key == null && reloadForUnknownKey()) {
            key = ring.get().find(keyId);
        }
        if (key == null) {
            throw new UndecryptableValueException("A stored value is encrypted with key " + keyId
                    + ", which is not configured (DATA_ENCRYPTION_KEY, DATA_ENCRYPTION_KEY_FILE, DATA_ENCRYPTION_KEYS).");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher c = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(all, NONCE_BYTES),
                    stored.substring(0, colon + 1));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UndecryptableValueException("A stored value under key " + keyId
                    + " does not decrypt (altered or truncated): " + e.getClass().getSimpleName());
        }
    }

    /** Whether a stored value needs no re-encryption: null, or encrypted under the primary key. */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + ring.get().primaryId() + ":");
    }

    /** Whether a stored value is encrypted at all (under any key). */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String primaryKeyId() {
        return ring.get().primaryId();
    }

    public int keyCount() {
        return ring.get().size();
    }

    /**
     * Reads the keys again (the key file may have a new line): used by the rotation command, so a key can be
     * added to DATA_ENCRYPTION_KEY_FILE and made primary while the service runs. A broken file keeps the old keys.
     */
    public void reloadKeys() {
        ring.set(KeySources.load(settings));
    }

    /**
     * A value under a key this instance does not know was written by another instance that has a newer key file:
     * read the file again (at most every few seconds), so every instance follows a rotation without a restart.
     */
    private boolean reloadForUnknownKey() {
        long now = System.nanoTime();
        if (now - lastReload < RELOAD_INTERVAL_NANOS) {
            return false;
        }
        synchronized (this) {
            if (now - lastReload < RELOAD_INTERVAL_NANOS) {
                return false;
            }
            lastReload = now;
            try {
                reloadKeys();
                return true;
            } catch (KeyConfigurationException e) {
                return false; // the keys in use stay
            }
        }
    }

    /**
     * One AES-GCM cipher per thread, initialised afresh (key, nonce, AAD) for every value: looking the
     * transformation up in the providers for each of an import's dozen values was 4% of a small parse's CPU
     * (JFR, December 2026). {@code init} resets whatever state a previous value, or its failure, left.
     */
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available in this JVM", e);
        }
    });

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String aad) throws GeneralSecurityException {
        Cipher c = GCM.get();
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
