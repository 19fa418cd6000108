package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.AdminsContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryAdminsTest extends AdminsContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
