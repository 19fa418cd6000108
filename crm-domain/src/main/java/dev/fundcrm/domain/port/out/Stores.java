package dev.fundcrm.domain.port.out;

import java.util.Objects;

/**
 * The stores the use cases share, with the transactions that span them: what one database (or one
 * in-memory fake) provides. A value for wiring, not a port of its own.
 */
public record Stores(Transactions transactions, Contacts contacts, Messages messages, Proposals proposals,
                     Activities activities, Mailboxes mailboxes, Admins admins, Blocklist blocklist,
                     AuditLog auditLog, DigestRuns digestRuns, Captures captures, MailboxLeases leases) {

    public Stores {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(mailboxes, "mailboxes");
        Objects.requireNonNull(admins, "admins");
        Objects.requireNonNull(blocklist, "blocklist");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(digestRuns, "digestRuns");
        Objects.requireNonNull(captures, "captures");
        Objects.requireNonNull(leases, "leases");
    }
}
