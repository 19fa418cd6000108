package dev.fundcrm.persistence;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;

/** The domain's store contracts on embedded H2 (PostgreSQL mode). */
class JdbiStoresH2Test extends StoreContracts {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshH2();
    }
}
