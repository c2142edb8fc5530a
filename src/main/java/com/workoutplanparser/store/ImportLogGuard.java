package com.workoutplanparser.store;

import com.workoutplanparser.flow.ImportAlreadyDecidedException;
import com.workoutplanparser.flow.ImportHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.component.sql.SqlConstants;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Checks that recording an outcome changed the import's row. When it did not, another attempt decided the
 * import first, and failing here rolls back this attempt's plan or review item (the step runs in a transaction).
 */
@Component("importLogGuard")
public class ImportLogGuard {

    public void requireOutcomeRecorded(Exchange exchange) {
        Integer updated = exchange.getMessage().getHeader(SqlConstants.SQL_UPDATE_COUNT, Integer.class);
        if (updated == null || updated != 1) {
            throw new ImportAlreadyDecidedException(exchange.getMessage().getHeader(ImportHeaders.IMPORT_ID, UUID.class));
        }
    }
}
