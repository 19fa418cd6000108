package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.ProposalsContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryProposalsTest extends ProposalsContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
