package dev.fundcrm.app.http;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;

class H2ContactRoutesTest extends JdbiContactRoutesContract {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshH2();
    }
}
