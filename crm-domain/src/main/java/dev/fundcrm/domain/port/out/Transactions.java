package dev.fundcrm.domain.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically across the stores: all of its writes land, or none. Nested calls join the outer
 * transaction. In-memory stores run the work directly.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
