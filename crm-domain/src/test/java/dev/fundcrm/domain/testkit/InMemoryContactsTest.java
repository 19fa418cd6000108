package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.ContactsContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryContactsTest extends ContactsContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
