package dev.fundcrm.app.http;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;

/** Skipped locally without {@code FUNDCRM_TEST_PG_URL}; fails in CI without it (see {@link TestDatabases}). */
class PostgresApiLoopTest extends JdbiApiLoopContract {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
