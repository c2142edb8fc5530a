package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.workoutplanparser.support.ApiClient;
import com.workoutplanparser.support.AppTestBase;
import org.junit.jupiter.api.Test;

/** GET /api/v1/llm/check on the service as shipped, without an LLM: a clear 409, no call anywhere. */
class LlmCheckWithoutLlmTest extends AppTestBase {

    @Test
    void withoutAnLlm_theCheckSaysWhyAndWhatToSet() {
        ApiClient.Response r = api.get("/api/v1/llm/check");

        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("ok").asBoolean()).isFalse();
        assertThat(r.json().get("failure").asText()).isEqualTo("llm_not_configured");
        assertThat(r.json().get("reason").asText()).contains("LLM_API_KEY is not set")
                .contains("Set LLM_PROVIDER, LLM_MODEL and LLM_API_KEY");
    }
}
