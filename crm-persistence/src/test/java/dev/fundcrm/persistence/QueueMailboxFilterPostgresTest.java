package dev.fundcrm.persistence;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;

class QueueMailboxFilterPostgresTest extends QueueMailboxFilterContract {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
