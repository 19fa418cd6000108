package dev.fundcrm.persistence;

import dev.fundcrm.domain.port.out.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions over one Jdbi. Jdbi hands nested {@code withHandle}/{@code inTransaction} calls on a thread
 * the outermost call's handle, so every store called inside the work joins this transaction.
 */
final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;

    JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return Failures.translate("transaction", () -> jdbi.inTransaction(handle -> work.get()));
    }
}
