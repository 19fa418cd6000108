package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.port.out.Stores;

/** A fresh, empty set of in-memory stores, sharing what the review queue's filters join across. */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    /** New fakes on every call; the proposals read the same messages and contacts returned alongside them. */
    public static Stores create() {
        InMemoryContacts contacts = new InMemoryContacts();
        InMemoryMessages messages = new InMemoryMessages();
        return new Stores(new InMemoryTransactions(), contacts, messages, new InMemoryProposals(messages, contacts),
                new InMemoryActivities(), new InMemoryMailboxes(), new InMemoryAdmins(), new InMemoryBlocklist(),
                new InMemoryAuditLog(), new InMemoryDigestRuns());
    }
}
