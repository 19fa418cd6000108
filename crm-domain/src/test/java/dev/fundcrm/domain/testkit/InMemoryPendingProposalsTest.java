package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.PendingProposalsContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryPendingProposalsTest extends PendingProposalsContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
