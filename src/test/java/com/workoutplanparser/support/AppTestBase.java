package com.workoutplanparser.support;

import com.workoutplanparser.crypto.PlanTextCipher;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The whole service on a random port with its embedded PostgreSQL, shared by the tests that extend this
 * (Spring caches the context, so it starts once per distinct configuration).
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability // otherwise @SpringBootTest swaps in a no-op registry and /actuator/prometheus is empty
public abstract class AppTestBase {

    public static final String ADMIN_TOKEN = "test-admin-token";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected CamelContext camel;

    @Autowired
    protected PlanTextCipher cipher;

    protected ApiClient api;

    /** A stored plan text as the service reads it: raw_text and plan lines are stored encrypted (docs/privacy.md). */
    protected String plain(Object stored) {
        return cipher.decrypt((String) stored);
    }

    /**
     * The imports (id, status, source, source_ref) whose decrypted raw text passes {@code test}: what was a
     * {@code where raw_text = ?} or {@code like ?} before the text was encrypted (it can no longer be searched in SQL).
     */
    protected List<Map<String, Object>> importsWhoseText(Predicate<String> test) {
        return jdbc.queryForList("select id, status, source, source_ref, user_id, parent_ref, raw_text from workout_import_log")
                .stream().filter(r -> test.test(plain(r.get("raw_text")))).toList();
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port, ADMIN_TOKEN);
    }
}
