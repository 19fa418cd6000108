package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.MailboxesContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryMailboxesTest extends MailboxesContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
