package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.CapturesContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryCapturesTest extends CapturesContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
