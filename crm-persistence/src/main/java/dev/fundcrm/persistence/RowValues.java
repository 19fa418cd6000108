package dev.fundcrm.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

/**
 * One row's parameters of a {@link RowInsert}, set left to right and converted by {@link Columns}, as Jdbi's
 * statements are, so that H2 and PostgreSQL hold the same data. Not thread-safe: one per statement.
 */
final class RowValues {

    private final PreparedStatement statement;
    private int position;

    RowValues(PreparedStatement statement) {
        this.statement = statement;
    }

    /** Back to the first column, for the next row. */
    void start() {
        position = 0;
    }

    RowValues text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(++position, Types.VARCHAR);
        } else {
            statement.setString(++position, Columns.text(value));
        }
        return this;
    }

    RowValues integer(int value) throws SQLException {
        statement.setInt(++position, value);
        return this;
    }

    RowValues number(long value) throws SQLException {
        statement.setLong(++position, value);
        return this;
    }

    RowValues time(Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(++position, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(++position, Columns.time(value));
        }
        return this;
    }

    /** A UUID; null goes out untyped, which both engines take for a UUID column. */
    RowValues uuid(UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(++position, Types.OTHER);
        } else {
            statement.setObject(++position, value);
        }
        return this;
    }
}
