package dev.fundcrm.domain.embedding;

import dev.fundcrm.domain.contract.OrganizationsContract;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryStores;

/** The host's companies keep every promise fundcrm's own organizations do. */
final class DirectoryOrganizationsTest extends OrganizationsContract {

    @Override
    protected Stores newStores() {
        DirectoryContacts contacts = new DirectoryContacts(new PartnerDirectory());
        // The review queue filters by organization through the proposals' contacts: they must be these.
        return InMemoryStores.create(contacts);
    }
}
