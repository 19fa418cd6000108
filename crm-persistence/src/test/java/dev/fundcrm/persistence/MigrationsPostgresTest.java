package dev.fundcrm.persistence;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;

class MigrationsPostgresTest extends MigrationsContract {

    @Override
    protected TestDatabase emptyDatabase() {
        return TestDatabases.emptyPostgres();
    }
}
