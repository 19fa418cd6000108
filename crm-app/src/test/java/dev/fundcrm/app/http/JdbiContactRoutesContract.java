package dev.fundcrm.app.http;

import dev.fundcrm.domain.port.out.ApiTokens;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.persistence.JdbiStores;
import dev.fundcrm.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;

/** The contact routes on the Jdbi stores over a fresh database per test. */
abstract class JdbiContactRoutesContract extends ContactRoutesContract {

    private TestDatabase database;

    protected abstract TestDatabase freshDatabase();

    @Override
    protected Stores freshStores() {
        database = freshDatabase();
        return JdbiStores.create(database);
    }

    @Override
    protected ApiTokens tokens() {
        return JdbiStores.apiTokens(database);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
