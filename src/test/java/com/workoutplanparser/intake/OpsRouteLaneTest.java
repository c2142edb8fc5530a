package com.workoutplanparser.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the lane check takes for one mailbox: the login and the folder on a server, whichever way it is written. */
class OpsRouteLaneTest {

    @Test
    void aMailEndpointAndTheMailboxKameletsParametersNameTheSameMailbox() {
        OpsRouteLane.Mailbox endpoint = OpsRouteLane.Mailbox.of(
                "imaps://Imap.Example.com:993?username=RAW(Plans@Example.com)&password=RAW(s&cret)&folderName=INBOX");
        var parameters = OpsRouteLane.kameletParameters("kamelet:workout-mailbox-source?host=imap.example.com"
                + "&username=RAW(plans@example.com)&password=RAW(x)", MailIntakeRoutes.MAILBOX_KAMELET);
        OpsRouteLane.Mailbox kamelet = OpsRouteLane.Mailbox.of("imaps", parameters.get("host"), null,
                parameters.get("username"), parameters.get("folder"));
        assertThat(kamelet).isEqualTo(endpoint);
        assertThat(endpoint.toString()).isEqualTo("plans@example.com on imap.example.com:993 (folder INBOX)")
                .doesNotContain("cret");
    }

    @Test
    void anotherLoginOrFolderOnTheSameServerIsAnotherMailbox() {
        OpsRouteLane.Mailbox builtIn = OpsRouteLane.Mailbox.of("imap://127.0.0.1:3143?username=plans@gym.test");
        assertThat(OpsRouteLane.Mailbox.of("imap://127.0.0.1:3143?username=coaches@gym.test")).isNotEqualTo(builtIn);
        assertThat(OpsRouteLane.Mailbox.of("imap://127.0.0.1:3143?username=plans@gym.test&folderName=Coaches"))
                .isNotEqualTo(builtIn);
        assertThat(OpsRouteLane.Mailbox.of("imap://127.0.0.1?username=plans@gym.test")).as("143 by default")
                .isEqualTo(OpsRouteLane.Mailbox.of("imap", "127.0.0.1", "143", "plans@gym.test", null));
        assertThat(OpsRouteLane.kameletParameters("kamelet:workout-folder-source?folder=x",
                MailIntakeRoutes.MAILBOX_KAMELET)).isNull();
    }
}
