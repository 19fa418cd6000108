package dev.fundcrm.persistence;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;

/** The domain's store contracts on a real PostgreSQL (see {@link TestDatabases} for where it comes from). */
class JdbiStoresPostgresTest extends StoreContracts {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
