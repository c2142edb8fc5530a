package com.workoutplanparser.store;

import lombok.RequiredArgsConstructor;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.Policy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code .policy("inTransaction")}: the rest of the route runs in one database transaction, rolled back when
 * it fails, and the failure goes on to the calling route's error handling.
 * <p>
 * Why not {@code transacted()}: it installs a transaction error handler that marks the failure as handled
 * ("exhausted") inside the step, so process-import could not record the import as FAILED.
 */
@Component("inTransaction")
@RequiredArgsConstructor
public class InTransaction implements Policy {

    /** Spring Boot's, over the one transaction manager (shared: nothing here changes its settings). */
    private final TransactionTemplate transactions;

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        return exchange -> transactions.executeWithoutResult(status -> {
            try {
                processor.process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                status.setRollbackOnly();
            }
        });
    }
}
