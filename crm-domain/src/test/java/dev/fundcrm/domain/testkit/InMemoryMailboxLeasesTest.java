package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.MailboxLeasesContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryMailboxLeasesTest extends MailboxLeasesContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
