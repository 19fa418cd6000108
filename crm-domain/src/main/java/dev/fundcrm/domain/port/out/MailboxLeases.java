package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.Mailbox;
import java.time.Duration;
import java.time.Instant;

/**
 * Expiring, exclusive claims on team mailboxes, so that of several app instances on one database exactly one
 * syncs a mailbox at a time, and a crashed instance's mailboxes are taken over once its leases expire.
 * {@code holder} names an instance (any stable text). Thread-safe and safe across instances.
 */
public interface MailboxLeases {

    /**
     * Claims the mailbox for the holder until {@code now + ttl}, unless another holder's lease is still
     * running at {@code now}; the holder of a running lease may claim again to extend it.
     *
     * @return whether the holder holds the lease now
     * @throws IllegalArgumentException for a mailbox that is not registered
     */
    boolean claim(Mailbox mailbox, String holder, Instant now, Duration ttl);

    /** Gives the lease up if the holder holds it; otherwise changes nothing. */
    void release(Mailbox mailbox, String holder);
}
