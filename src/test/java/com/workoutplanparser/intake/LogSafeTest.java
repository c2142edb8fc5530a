package com.workoutplanparser.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTest {

    @Test
    void keepsOnlyTheDomainOfAnAddress() {
        assertThat(LogSafe.domainOf("jane.doe@example.com")).isEqualTo("***@example.com");
        assertThat(LogSafe.domainOf("Jane <jane@gym.example> ")).isEqualTo("***@gym.example");
        assertThat(LogSafe.domainOf("not-an-address")).isEqualTo("***");
        assertThat(LogSafe.domainOf(null)).isEqualTo("no address");
    }
}
