package com.workoutplanparser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The limits as shipped (limits.yaml without the test profile): the seed's 10 parses an hour for free users. */
class LimitDefaultsTest {

    @Test
    void freeUsersParseTenPlansAnHour_paidAndAdminMore_andUnauthenticatedCallersAreLimitedPerAddress() throws Exception {
        List<PropertySource<?>> docs = new YamlPropertySourceLoader().load("limits", new ClassPathResource("limits.yaml"));
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(docs.get(0)); // the first document: no profile
        LimitSettings s = Binder.get(env).bind("workout.limits", LimitSettings.class).get();

        assertThat(s.enabled()).isTrue();
        assertThat(s.tier("free").parses()).isEqualTo(new LimitSettings.Limit(10, Duration.ofHours(1)));
        assertThat(s.tier("paid").parses().capacity()).isGreaterThan(s.tier("free").parses().capacity());
        assertThat(s.tier("admin").parses().capacity()).isGreaterThan(s.tier("paid").parses().capacity());
        assertThat(s.unauthenticated().capacity()).isPositive();
        assertThat(s.clientAddressHeader()).as("never trust a client's header unless told").isEmpty();
        assertThat(s.tier("no-such-tier")).as("an unknown tier is treated as free").isEqualTo(s.tier("free"));
    }
}
