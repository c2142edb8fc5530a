package com.workoutplanparser.intake;

import com.workoutplanparser.support.AppTestBase;
import com.workoutplanparser.web.RawHttp;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text the parse endpoint refuses is checked once, where every intake records it (IntakeRecorder), after the
 * Idempotency-Key was claimed: the refusal frees the key, so a retry gets the same answer and nothing is recorded.
 */
class RefusedTextTest extends AppTestBase {

    @Test
    void aRefusedTextWithAnIdempotencyKeyIsRefusedAgainOnRetry_andTheKeyThenServesAGoodText() {
        RawHttp http = new RawHttp(port);
        String key = "refused-" + UUID.randomUUID();
        String[] auth = {"Authorization", "Bearer " + ADMIN_TOKEN, "Idempotency-Key", key};

        RawHttp.Reply first = http.send("POST", "/api/v1/workout-plans/parse", "application/json", "{\"text\": \"  \"}", auth);
        RawHttp.Reply retry = http.send("POST", "/api/v1/workout-plans/parse", "application/json", "{\"text\": \"  \"}", auth);

        assertThat(first.status()).as(first.body()).isEqualTo(400);
        assertThat(first.json().get("error").asText()).isEqualTo("empty_text");
        assertThat(retry.status()).as(retry.body()).isEqualTo(400);
        assertThat(retry.json().get("error").asText()).isEqualTo("empty_text");
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where key = ?", Long.class, key)).isZero();

        RawHttp.Reply good = http.send("POST", "/api/v1/workout-plans/parse", "text/plain", "Squat: 5x5 " + key, auth);
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where key = ?", Long.class, key)).isOne();
    }
}
