package dev.fundcrm.domain.endtoend;

import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryStores;
import java.util.Collections;
import java.util.List;

class InMemorySharedMailboxesTest extends SharedMailboxesContract {

    /** Instances in one JVM share the fakes, as instances on one database share its tables. */
    @Override
    protected List<Stores> instancesOfOneDatabase(int count) {
        return Collections.nCopies(count, InMemoryStores.create());
    }
}
