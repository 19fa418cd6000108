package dev.fundcrm.domain.embedding;

import dev.fundcrm.domain.contract.ContactsContract;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryActivities;
import dev.fundcrm.domain.testkit.InMemoryAdmins;
import dev.fundcrm.domain.testkit.InMemoryAuditLog;
import dev.fundcrm.domain.testkit.InMemoryBlocklist;
import dev.fundcrm.domain.testkit.InMemoryDigestRuns;
import dev.fundcrm.domain.testkit.InMemoryMailboxes;
import dev.fundcrm.domain.testkit.InMemoryMessages;
import dev.fundcrm.domain.testkit.InMemoryProposals;
import dev.fundcrm.domain.testkit.InMemoryTransactions;

/** The host's contacts keep every promise fundcrm's own do. */
final class DirectoryContactsTest extends ContactsContract {

    @Override
    protected Stores newStores() {
        DirectoryContacts contacts = new DirectoryContacts(new PartnerDirectory());
        InMemoryMessages messages = new InMemoryMessages();
        // The review queue filters by organization through the proposals' contacts: they must be these.
        return new Stores(new InMemoryTransactions(), contacts, messages, new InMemoryProposals(messages, contacts),
                new InMemoryActivities(), new InMemoryMailboxes(), new InMemoryAdmins(), new InMemoryBlocklist(),
                new InMemoryAuditLog(), new InMemoryDigestRuns());
    }
}
