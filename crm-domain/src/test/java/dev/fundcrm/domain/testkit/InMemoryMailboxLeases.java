package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.port.out.MailboxLeases;
import dev.fundcrm.domain.port.out.Mailboxes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Leases in a map, one lock for all: claims are atomic. Reads registration from the given mailboxes. */
public final class InMemoryMailboxLeases implements MailboxLeases {

    private final Mailboxes mailboxes;
    private final Map<Mailbox, Lease> leases = new HashMap<>();

    public InMemoryMailboxLeases(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public synchronized boolean claim(Mailbox mailbox, String holder, Instant now, Duration ttl) {
        if (mailboxes.find(mailbox).isEmpty()) {
            throw new IllegalArgumentException("mailbox " + mailbox + " is not registered");
        }
        Lease current = leases.get(mailbox);
        if (current != null && !current.holder().equals(holder) && current.until().isAfter(now)) {
            return false;
        }
        leases.put(mailbox, new Lease(holder, now.plus(ttl)));
        return true;
    }

    @Override
    public synchronized void release(Mailbox mailbox, String holder) {
        Lease current = leases.get(mailbox);
        if (current != null && current.holder().equals(holder)) {
            leases.remove(mailbox);
        }
    }

    private record Lease(String holder, Instant until) {
    }
}
