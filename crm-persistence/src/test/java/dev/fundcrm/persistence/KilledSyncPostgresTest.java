package dev.fundcrm.persistence;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;

/** A sync killed mid-page, on a real PostgreSQL: the server sees the killed process's connection drop. */
class KilledSyncPostgresTest extends KilledSyncContract {

    private TestDatabase database;

    @Override
    protected String migratedDatabaseUrl() {
        database = TestDatabases.freshPostgres();
        return database.url();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
