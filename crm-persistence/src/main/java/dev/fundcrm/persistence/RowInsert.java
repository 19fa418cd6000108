package dev.fundcrm.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * An INSERT into one table and how a value fills its columns, run as one JDBC batch on a handle's connection, so
 * in the handle's transaction. Immutable and thread-safe.
 *
 * <p>Plain JDBC rather than Jdbi's {@code PreparedBatch}: a sync page writes some 150 rows, and binding each of
 * their values by name through Jdbi's argument resolution cost more CPU than the driver's whole batch; it held the
 * store path near 80% of a bare JDBC batch of the same rows (docs/benchmarks.md).
 */
final class RowInsert<T> {

    /** Sets one row's parameters, in the order of the statement's columns. */
    @FunctionalInterface
    interface Filler<T> {
        void fill(T value, RowValues row) throws SQLException;
    }

    private final String sql;
    private final Filler<T> filler;

    RowInsert(String sql, Filler<T> filler) {
        this.sql = sql;
        this.filler = filler;
    }

    /**
     * Inserts a row per value, in one batch.
     *
     * @return each row's update count, in order: 0 for a row that {@code ON CONFLICT DO NOTHING} left out
     * @throws UnableToExecuteStatementException around the driver's exception, as Jdbi throws it (see Failures)
     */
    int[] execute(Handle handle, List<T> values) {
        if (values.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            RowValues row = new RowValues(statement);
            for (T value : values) {
                row.start();
                filler.fill(value, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("could not insert rows: " + sql, e, null);
        }
    }

    /** Inserts one row; 0 if {@code ON CONFLICT DO NOTHING} left it out. */
    int execute(Handle handle, T value) {
        return execute(handle, List.of(value))[0];
    }
}
