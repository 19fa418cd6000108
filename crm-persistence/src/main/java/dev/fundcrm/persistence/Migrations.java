package dev.fundcrm.persistence;

import dev.fundcrm.domain.port.out.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database to the latest schema with Flyway.
 *
 * <p>Migrations both engines understand live in {@code db/migration}. SQL only one of them understands goes in
 * {@code db/vendor/h2} or {@code db/vendor/postgresql}, read only on that engine and only if the folder exists.
 * Those folders sit outside {@code db/migration} because Flyway reads a location's subfolders too: a
 * {@code db/migration/postgresql} would run on H2 as well. Thread-safe; Flyway serializes concurrent migrations of
 * one database with a lock.
 */
public final class Migrations {

    private static final String ROOT = "db";

    private Migrations() {
    }

    /**
     * Applies every pending migration; migrating an up-to-date database changes nothing. On PostgreSQL, Flyway
     * holds two connections at once: a pool of one waits for its connection timeout, then fails.
     *
     * @return how many migrations were applied, 0 if the database was up to date
     * @throws StoreException if a migration fails or the applied ones differ from those on the classpath
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, ROOT);
    }

    static int migrate(DataSource dataSource, String root) {
        Database database = databaseBehind(dataSource);
        List<String> locations = new ArrayList<>(List.of("classpath:" + root + "/migration"));
        String vendorFolder = root + "/vendor/" + database.vendor();
        if (Migrations.class.getClassLoader().getResource(vendorFolder) != null) {
            locations.add("classpath:" + vendorFolder);
        }
        try {
            return Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(locations.toArray(String[]::new))
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("Could not migrate the " + database + " database from " + locations, e);
        }
    }

    private static Database databaseBehind(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Database.of(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new StoreException("Could not connect to the database to migrate it", e);
        }
    }
}
