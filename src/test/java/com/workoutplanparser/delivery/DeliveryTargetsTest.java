package com.workoutplanparser.delivery;

import com.workoutplanparser.export.ExportFormat;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTargetsTest {

    @Test
    void urisAreSplitOnlyWhereAnotherUriStartsAndLoseTheirFormatParameter() {
        DeliveryTargets t = new DeliveryTargets("file:outbox?deliveryFormat=csv&fileName=${header.planId}.csv, "
                + "smtp://mail.test?to=a@x.test,b@x.test&password=hunter2&deliveryFormat=markdown,"
                + "https://hooks.test/plans");
        assertThat(t.all()).hasSize(3);
        assertThat(t.all().get(0).uri()).isEqualTo("file:outbox?fileName=${header.planId}.csv");
        assertThat(t.all().get(0).format()).isEqualTo(ExportFormat.CSV);
        assertThat(t.all().get(1).uri()).isEqualTo("smtp://mail.test?to=a@x.test,b@x.test&password=hunter2");
        assertThat(t.all().get(1).format()).isEqualTo(ExportFormat.MARKDOWN);
        assertThat(t.all().get(1).key()).doesNotContain("hunter2");
        assertThat(t.all().get(1).shown()).isEqualTo("smtp://mail.test");
        assertThat(t.all().get(2).format()).isEqualTo(ExportFormat.JSON);
        assertThat(t.byKey(t.all().get(1).key())).contains(t.all().get(1));
    }

    @Test
    void nothingConfiguredIsNoTargets() {
        assertThat(new DeliveryTargets("").all()).isEmpty();
        assertThat(new DeliveryTargets(null).all()).isEmpty();
    }

    @Test
    void aBadFormatOrATargetNamedTwiceIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new DeliveryTargets("file:x?deliveryFormat=pdf"))
                .hasMessageContaining("deliveryFormat=pdf");
        assertThatThrownBy(() -> new DeliveryTargets("file:x,file:x")).hasMessageContaining("twice");
    }

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheCap() {
        DeliverySettings s = new DeliverySettings("", 6, Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(1), 4, Duration.ofSeconds(10), Duration.ofMinutes(2));
        assertThat(s.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.backoff(4)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.backoff(40)).isEqualTo(Duration.ofSeconds(30));
    }
}
