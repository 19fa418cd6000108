package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.OrganizationsContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryOrganizationsTest extends OrganizationsContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
