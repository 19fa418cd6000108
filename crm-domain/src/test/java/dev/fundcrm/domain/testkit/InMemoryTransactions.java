package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.port.out.Transactions;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory stores: the work runs directly, so a failure part-way leaves the writes made
 * before it (there is nothing to roll back). Each fake is atomic per call, which is what the use cases' races
 * depend on. Stateless and thread-safe.
 */
public final class InMemoryTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
