package dev.fundcrm.app.http;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;

class H2ApiLoopTest extends JdbiApiLoopContract {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshH2();
    }
}
