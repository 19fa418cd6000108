package dev.fundcrm.domain.embedding;

import dev.fundcrm.domain.contract.ContactsContract;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryStores;

/** The host's contacts keep every promise fundcrm's own do. */
final class DirectoryContactsTest extends ContactsContract {

    @Override
    protected Stores newStores() {
        DirectoryContacts contacts = new DirectoryContacts(new PartnerDirectory());
        // The review queue filters by organization through the proposals' contacts: they must be these.
        return InMemoryStores.create(contacts);
    }
}
