package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.contract.AuditLogContract;
import dev.fundcrm.domain.port.out.Stores;

final class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
