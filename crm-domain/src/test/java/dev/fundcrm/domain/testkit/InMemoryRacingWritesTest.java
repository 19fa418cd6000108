package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.RacingWritesContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryRacingWritesTest extends RacingWritesContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
