package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.MessagesContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryMessagesTest extends MessagesContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
