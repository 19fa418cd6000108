package dev.fundcrm.domain.endtoend;

import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryStores;

class InMemoryCrashRecoveryTest extends CrashRecoveryContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
