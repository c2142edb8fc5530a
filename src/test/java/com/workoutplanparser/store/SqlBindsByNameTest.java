package com.workoutplanparser.store;

import com.workoutplanparser.review.ReviewSql;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements an import's outcome is written with bind named parameters from the typed ImportResult, never a
 * camel-sql simple expression over the exchange ({@code :#${header.workoutStatus}}): a renamed header bound NULL
 * silently, and a header is something a client or a step can set.
 */
class SqlBindsByNameTest {

    @Test
    void noStatementOnTheImportLogOrTheReviewQueueReadsTheExchange() throws Exception {
        List<String> statements = new ArrayList<>();
        for (Class<?> sql : List.of(ImportLogSql.class, ReviewSql.class)) {
            for (Field f : sql.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    f.setAccessible(true);
                    statements.add(sql.getSimpleName() + "." + f.getName() + ": " + f.get(null));
                }
            }
        }
        assertThat(statements).hasSizeGreaterThan(10);
        assertThat(statements).noneMatch(s -> s.contains(":#${") || s.contains("${header."));
        assertThat(statements).filteredOn(s -> s.startsWith("ImportLogSql.RECORD_OUTCOME"))
                .singleElement().asString().contains(":status", ":importId", "coalesce(status, '') in ('RECEIVED', 'PROCESSING')");
    }
}
