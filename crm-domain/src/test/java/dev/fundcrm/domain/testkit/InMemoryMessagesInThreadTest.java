package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.MessagesInThreadContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryMessagesInThreadTest extends MessagesInThreadContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
