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

    @Test
    void writesControlCharactersOfANameAsEscapes() {
        assertThat(LogSafe.printable("plan\nERROR forged\r.txt")).isEqualTo("plan\\u000aERROR forged\\u000d.txt");
        assertThat(LogSafe.printable("Übung ベンチ.txt")).isEqualTo("Übung ベンチ.txt");
        assertThat(LogSafe.printable(null)).isEqualTo("unnamed");
        assertThat(LogSafe.printable("x".repeat(500))).hasSize(201);
    }
}
