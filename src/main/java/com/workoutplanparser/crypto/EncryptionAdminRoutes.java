package com.workoutplanparser.crypto;

import com.workoutplanparser.web.ApiException;
import com.workoutplanparser.web.ApiRouteBuilder;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/admin/encryption/rotate} (admins only): re-reads the keys and re-encrypts every stored
 * plan text that is not under the primary key; answers the primary key's id and the counts (docs/privacy.md).
 */
@Component
@RequiredArgsConstructor
public class EncryptionAdminRoutes extends ApiRouteBuilder {

    private final EncryptionRotation rotation;

    @Override
    public void configure() {
        postJson("/api/v1/admin/encryption", "/rotate", "rotate-encryption",
                "Re-encrypt stored plan text under the primary data key (admins only)").process(exchange -> {
            requireAdmin(exchange, "Only admins can rotate the data encryption key.");
            try {
                reply(exchange, 200, rotation.rotate());
            } catch (KeyConfigurationException e) {
                // the keys in use stay as they were; the message names the problem, never a key
                throw ApiException.conflict(e.getMessage());
            }
        });
    }
}
