package dev.fundcrm.persistence;

import dev.fundcrm.domain.port.out.StoreException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/** Keeps Jdbi and JDBC exceptions from crossing a port: they become {@link StoreException}s. */
final class Failures {

    /** SQLState of a unique-key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private Failures() {
    }

    static <T> T translate(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            throw new StoreException("the database failed to " + what + ": " + e.getClass().getSimpleName(), e);
        }
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
