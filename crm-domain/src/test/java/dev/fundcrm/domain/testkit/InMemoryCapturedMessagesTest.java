package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.CapturedMessagesContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryCapturedMessagesTest extends CapturedMessagesContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
