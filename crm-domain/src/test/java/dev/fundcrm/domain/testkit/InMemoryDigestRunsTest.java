package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.DigestRunsContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryDigestRunsTest extends DigestRunsContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
