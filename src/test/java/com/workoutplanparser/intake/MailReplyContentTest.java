package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which LLM read a plan, from the import's readBy when it has one; nothing when it has none. */
class MailReplyContentTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void readByIsNamedWhenPresentAndSilentWhenAbsent() throws Exception {
        assertThat(MailReplyContent.readBy(mapper.readTree("{\"readBy\": {\"provider\": \"anthropic\", \"model\": \"claude-x\"}}")))
                .isEqualTo("the LLM anthropic claude-x");
        assertThat(MailReplyContent.readBy(mapper.readTree("{\"readBy\": {\"model\": \"gpt-y\"}}"))).isEqualTo("the LLM gpt-y");
        assertThat(MailReplyContent.readBy(mapper.readTree("{\"parser\": \"rules\"}"))).isNull();
        // what the pipeline records for a plan the rules read alone
        assertThat(MailReplyContent.readBy(mapper.readTree(
                "{\"readBy\": {\"parser\": \"rules\", \"provider\": null, \"model\": null}}"))).isNull();
        assertThat(MailReplyContent.readBy(mapper.readTree("{\"readBy\": null}"))).isNull();
        assertThat(MailReplyContent.readBy(mapper.readTree("{\"readBy\": {}}"))).isNull();
        assertThat(MailReplyContent.readBy(null)).isNull();
    }
}
