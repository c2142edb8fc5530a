package com.workoutplanparser.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * {@code workout.crypto.*} (privacy.yaml, which holds the defaults): where the data encryption keys come from (docs/privacy.md). Every key is 32 bytes,
 * written in base64. The keys are taken in this order and the first one found is the primary (new values are
 * encrypted with it); the others only decrypt, until the rotation command has re-encrypted their rows.
 *
 * @param key              {@code DATA_ENCRYPTION_KEY}: one key
 * @param keyFile          {@code DATA_ENCRYPTION_KEY_FILE}: a file with one key a line (a Docker/Kubernetes secret);
 *                         re-read by the rotation command, so a key can be added while the service runs
 * @param keys             {@code DATA_ENCRYPTION_KEYS}: more keys, comma-separated (older ones, for reading)
 * @param generatedKeyFile with none of the above, the key generated at first start is kept here (mode 0600)
 * @param rotationBatch    rows re-encrypted in one transaction by the rotation command
 */
@ConfigurationProperties(prefix = "workout.crypto")
public record CryptoSettings(String key, String keyFile, String keys, String generatedKeyFile, int rotationBatch) {

    public CryptoSettings {
        key = text(key);
        keyFile = text(keyFile);
        keys = text(keys);
        generatedKeyFile = text(generatedKeyFile);
        atLeast("workout.crypto.rotation-batch", rotationBatch, 1);
    }
}
