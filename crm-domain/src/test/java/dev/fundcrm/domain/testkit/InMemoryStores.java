package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.Stores;

/** A fresh, empty set of in-memory stores, sharing what the review queue's filters join across. */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    /** New fakes on every call; the proposals read the same messages and contacts returned alongside them. */
    public static Stores create() {
        return create(new InMemoryContacts());
    }

    /**
     * New fakes around a {@link Contacts} of your own (an embedding service's directory, say): the proposals
     * read their contacts from it, as the review queue's organization filter needs.
     */
    public static Stores create(Contacts contacts) {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryMessages messages = new InMemoryMessages();
        InMemoryProposals proposals = new InMemoryProposals(messages, contacts);
        InMemoryMailboxes mailboxes = new InMemoryMailboxes();
        return new Stores(transactions, contacts, messages, proposals, new InMemoryActivities(), mailboxes,
                new InMemoryAdmins(), new InMemoryBlocklist(), new InMemoryAuditLog(), new InMemoryDigestRuns(),
                new InMemoryCaptures(transactions, messages, proposals), new InMemoryMailboxLeases(mailboxes));
    }
}
