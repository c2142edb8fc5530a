package com.workoutplanparser.privacy;

import com.workoutplanparser.web.LogSafeCause;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a log line shows of an exception: classes, places and SQLStates, no message. */
class LogSafeCauseTest {

    @Test
    void theChainIsNamedWithoutAnyMessage() {
        Exception cause = new IllegalStateException("plan line: Glimmerwhack 3x8 from lena@example.test",
                new SQLException("Detail: Key (raw_text)=(Glimmerwhack)", "23505"));

        String line = LogSafeCause.of(cause);

        assertThat(line).startsWith("java.lang.IllegalStateException at com.workoutplanparser.privacy.LogSafeCauseTest")
                .contains("<- caused by java.sql.SQLException [SQLState 23505]")
                .doesNotContain("Glimmerwhack").doesNotContain("lena").doesNotContain("example.test");
    }

    @Test
    void aCycleOrNoExceptionEndsTheLine() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(LogSafeCause.of(b).split("caused by")).hasSize(2);
        assertThat(LogSafeCause.of(null)).isEqualTo("no exception");
    }
}
