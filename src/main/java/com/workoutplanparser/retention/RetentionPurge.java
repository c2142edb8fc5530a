package com.workoutplanparser.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Deletes what is older than {@code IMPORT_RETENTION_DAYS}: imports with their raw text and review items (their
 * plans stay), LLM reply-cache entries, sent mail replies, intake failures, Idempotency-Keys and the files in
 * {@code inbox/.done/}. Counts what it removed in {@code workout_retention_purged_total{what=…}}.
 */
@Component
@EnableConfigurationProperties(RetentionSettings.class)
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /** What one purge removed, by kind, and the cutoff it used. */
    public record Result(int retentionDays, Instant cutoff, Map<String, Long> purged) {
    }

    private final JdbcTemplate jdbc;
    private final RetentionSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    public RetentionPurge(JdbcTemplate jdbc, RetentionSettings settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.meters = meters;
        this.clock = Clock.systemUTC();
        // registered at start (at 0), so a dashboard sees every kind before the first purge
        List.of("imports", "reviews", "reply_cache", "mail_replies", "intake_failures", "idempotency_keys", "done_files")
                .forEach(this::counter);
    }

    public synchronized Result purge() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.days()));
        Timestamp at = Timestamp.from(cutoff);
        Map<String, Long> purged = new LinkedHashMap<>();
        long imports = 0;
        long reviews = 0;
        while (true) {
            Map<String, Object> batch = jdbc.queryForMap(RetentionSql.PURGE_IMPORTS, at, settings.batch());
            long n = ((Number) batch.get("imports")).longValue();
            imports += n;
            reviews += ((Number) batch.get("reviews")).longValue();
            if (n < settings.batch()) {
                break;
            }
        }
        purged.put("imports", imports);
        purged.put("reviews", reviews);
        purged.put("reply_cache", (long) jdbc.update(RetentionSql.PURGE_REPLY_CACHE, at));
        purged.put("mail_replies", (long) jdbc.update(RetentionSql.PURGE_MAIL_REPLIES, at));
        purged.put("intake_failures", (long) jdbc.update(RetentionSql.PURGE_INTAKE_FAILURES, at));
        purged.put("idempotency_keys", (long) jdbc.update(RetentionSql.PURGE_IDEMPOTENCY_KEYS, at));
        purged.put("done_files", purgeDoneFiles(cutoff));
        purged.forEach((what, n) -> counter(what).increment(n));
        log.info("Retention ({} days, before {}): purged {}", settings.days(), cutoff, purged);
        return new Result(settings.days(), cutoff, purged);
    }

    private Counter counter(String what) {
        return Counter.builder("workout.retention.purged").tag("what", what)
                .description("Rows and files deleted by the retention purge (IMPORT_RETENTION_DAYS)").register(meters);
    }

    /** Files under inbox/.done/ last changed before the cutoff; the date folders they leave empty go too. */
    private long purgeDoneFiles(Instant cutoff) {
        Path done = Path.of(settings.inboxDir()).toAbsolutePath().normalize().resolve(".done");
        if (!Files.isDirectory(done)) {
            return 0;
        }
        long n = 0;
        List<Path> all;
        try (Stream<Path> walk = Files.walk(done)) {
            all = walk.sorted(Comparator.reverseOrder()).toList(); // children before their folders
        } catch (IOException e) {
            log.warn("Retention: cannot list {} ({})", done, e.getClass().getSimpleName());
            return 0;
        }
        for (Path p : all) {
            try {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.delete(p);
                    n++;
                } else if (Files.isDirectory(p) && !p.equals(done) && isEmpty(p)) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                // another instance took it first, or a permission problem: the next purge tries again
                log.debug("Retention: could not delete a done file ({})", e.getClass().getSimpleName());
            }
        }
        return n;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }
}
