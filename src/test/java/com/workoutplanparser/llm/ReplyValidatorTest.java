package com.workoutplanparser.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyValidatorTest {

    final ReplyValidator validator = new ReplyValidator();

    @Test
    void theFixtureReplyIsValid_andReadsIntoThePlanModel() {
        ReplyValidator.ReplyCheck check = validator.check(OpenAiCompatibleRouteTest.EMAIL_REPLY);
        assertThat(check.errors()).isEmpty();
        LlmReading reading = LlmReading.from(check.json());
        assertThat(reading.days()).hasSize(2);
        assertThat(reading.days().get(1).exercises().get(0).weights()).containsExactly(70.0, 70.0, 70.0, 70.0, 80.0);
        assertThat(reading.days().get(0).exercises().get(3).durationSeconds()).isEqualTo(1200);
        assertThat(reading.ignoredLines()).contains(1, 14);
    }

    @Test
    void proseAroundJson_isNotJson() {
        assertThat(validator.check("Here you go: {\"days\": []}").errors()).singleElement().asString()
                .startsWith("the reply is not valid JSON");
    }

    @Test
    void anEmptyReply_isInvalid() {
        assertThat(validator.check("  ").valid()).isFalse();
    }

    @Test
    void fieldsTheSchemaDoesNotHave_areRejected() {
        String withStatus = "{\"status\":\"APPROVED\",\"title\":null,\"days\":[],\"ignoredLines\":[]}";
        assertThat(validator.check(withStatus).errors()).anyMatch(e -> e.contains("status"));
    }

    @Test
    void wrongTypesAndRanges_areRejected() {
        String reply = OpenAiCompatibleRouteTest.EMAIL_REPLY.replace("\"rpe\":null", "\"rpe\":42");
        assertThat(validator.check(reply).errors()).anyMatch(e -> e.contains("rpe"));
    }

    @Test
    void aMarkdownFence_isTolerated() {
        assertThat(validator.check("```json\n{\"title\":null,\"days\":[],\"ignoredLines\":[]}\n```").valid()).isTrue();
    }

    @Test
    void missingRequiredFields_areNamed() {
        assertThat(validator.check("{\"days\":[]}").errors()).anyMatch(e -> e.contains("title"))
                .anyMatch(e -> e.contains("ignoredLines"));
    }
}
