package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.port.in.SyncAllMailboxes;
import dev.fundcrm.domain.port.out.MailboxLeases;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Syncs the mailboxes this instance can lease. The lease is taken before a mailbox's sync, extended after
 * every stored page, and given up at the end; if an extension fails (the lease ran out and another instance
 * took over) the sync stops at once. The lease's length bounds how long a crashed instance blocks a mailbox.
 * One tick at a time per instance; instances run ticks concurrently.
 */
public final class LeasedSync implements SyncAllMailboxes {

    /** Long enough for several pages at Gmail's pace, short enough that a crash heals within minutes. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private final MailboxSync sync;
    private final Stores stores;
    private final Clock clock;
    private final String holder;
    private final Duration lease;

    public LeasedSync(MailboxSync sync, Stores stores, Clock clock, String holder, Duration lease) {
        if (holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("an instance needs a name to hold leases");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must last, was " + lease);
        }
        this.sync = sync;
        this.stores = stores;
        this.clock = clock;
        this.holder = holder;
        this.lease = lease;
    }

    @Override
    public Map<Mailbox, SyncOutcome> syncAll() {
        Map<Mailbox, SyncOutcome> outcomes = new LinkedHashMap<>();
        for (MailboxAccount account : stores.mailboxes().all()) {
            if (account.paused()) {
                outcomes.put(account.mailbox(), new SyncOutcome.Paused());
                continue;
            }
            outcomes.put(account.mailbox(), syncLeased(account.mailbox()));
        }
        return outcomes;
    }

    private SyncOutcome syncLeased(Mailbox mailbox) {
        MailboxLeases leases = stores.leases();
        if (!leases.claim(mailbox, holder, clock.instant(), lease)) {
            return new SyncOutcome.LeasedElsewhere();
        }
        try {
            return sync.sync(mailbox, (synced, report) -> {
                if (!leases.claim(synced, holder, clock.instant(), lease)) {
                    throw new LeaseLostException(synced);
                }
            });
        } catch (LeaseLostException e) {
            return new SyncOutcome.LeaseLost(e.getMessage());
        } catch (RuntimeException e) {
            // A store or source failing in one mailbox must not cost the other mailboxes their tick.
            return new SyncOutcome.RetryLater("the sync of " + mailbox + " failed: " + e.getClass().getSimpleName());
        } finally {
            leases.release(mailbox, holder);
        }
    }

    /** Thrown from the page listener to stop a sync whose lease another instance took. */
    private static final class LeaseLostException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLostException(Mailbox mailbox) {
            super("the lease on " + mailbox + " ran out and another instance took it over", null, false, false);
        }
    }
}
