package dev.fundcrm.app.http;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;

/** Skipped locally without {@code FUNDCRM_TEST_PG_URL}; required in CI. */
class PostgresContactRoutesTest extends JdbiContactRoutesContract {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
