package com.workoutplanparser.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.workoutplanparser.config.SettingsCheck.atLeast;
import static com.workoutplanparser.config.SettingsCheck.present;
import static com.workoutplanparser.config.SettingsCheck.text;

/**
 * The service-wide {@code workout.*} settings, read by more than one capability (the HTTP edge, every intake, the
 * first start). Defaults in application.yaml and intake.yaml.
 *
 * @param maxTextChars MAX_TEXT_CHARS: the largest plan text accepted, in characters, by every intake
 * @param publicUrl    PUBLIC_URL: the service's address in links (mail replies), without a trailing slash
 * @param apiToken     API_TOKEN: the first admin's token at every start; empty: generated at the first start
 */
@ConfigurationProperties(prefix = "workout")
public record ServiceSettings(int maxTextChars, String publicUrl, String apiToken) {

    public ServiceSettings {
        atLeast("workout.max-text-chars", maxTextChars, 1);
        publicUrl = present("workout.public-url", text(publicUrl)).replaceAll("/+$", "");
        apiToken = text(apiToken);
    }
}
