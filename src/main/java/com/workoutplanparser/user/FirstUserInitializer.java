package com.workoutplanparser.user;

import com.workoutplanparser.config.ServiceSettings;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh installation has no users, so nobody could call the API. On first start this creates an admin
 * and prints its token once (only its hash is kept). When API_TOKEN is set, that token is the admin's,
 * on first start and after (so ops can rotate it by changing the variable).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
public class FirstUserInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstUserInitializer.class);

    private final UserStore users;
    private final ServiceSettings settings;

    @Override
    public void run(ApplicationArguments args) {
        String configuredToken = settings.apiToken();
        var admin = users.findFirstAdmin();
        if (admin.isPresent()) {
            if (!configuredToken.isEmpty()) {
                users.updateTokenHash(admin.get().id(), ApiTokens.hash(configuredToken));
                log.info("API_TOKEN is set: it is the token of the admin user {}", admin.get().id());
            }
            return;
        }
        boolean generated = configuredToken.isEmpty();
        String token = generated ? ApiTokens.generate() : configuredToken;
        AppUser created = users.create(null, "Admin", "admin", ApiTokens.hash(token));
        if (generated) {
            // Printed once, on purpose: it is the only way a new user learns the token. It is not stored.
            log.warn("""

                    ==========================================================================
                     First start: created the admin user {}.
                     Its API token (shown only this once; set API_TOKEN to choose your own):
                       {}
                     Try: curl -H 'Authorization: Bearer {}' -H 'Content-Type: text/plain' \\
                            --data-binary $'Bench Press: 3x8\\nSquat: 5x5\\nDeadlift: 1x5' \\
                            http://localhost:8080/api/v1/workout-plans/parse
                    ==========================================================================""",
                    created.id(), token, token);
        } else {
            log.info("First start: created the admin user {} with the token from API_TOKEN", created.id());
        }
    }
}
