package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.ActivitiesContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryActivitiesTest extends ActivitiesContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
