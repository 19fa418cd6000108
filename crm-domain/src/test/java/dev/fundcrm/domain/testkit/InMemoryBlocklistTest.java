package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.BlocklistContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryBlocklistTest extends BlocklistContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
