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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    private final int parallelism;

    /** Syncs one mailbox after another. */
    public LeasedSync(MailboxSync sync, Stores stores, Clock clock, String holder, Duration lease) {
        this(sync, stores, clock, holder, lease, 1);
    }

    /**
     * Syncs up to {@code parallelism} mailboxes at once, each within its own user's quota (Gmail's budget is
     * per user), so a fund's mailboxes don't wait for each other.
     */
    public LeasedSync(MailboxSync sync, Stores stores, Clock clock, String holder, Duration lease, int parallelism) {
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
        if (parallelism < 1) {
            throw new IllegalArgumentException("sync at least one mailbox at a time, was " + parallelism);
        }
        this.parallelism = parallelism;
    }

    @Override
    public Map<Mailbox, SyncOutcome> syncAll() {
        List<MailboxAccount> accounts = stores.mailboxes().all();
        Map<Mailbox, SyncOutcome> outcomes = new LinkedHashMap<>();
        if (parallelism == 1 || accounts.size() < 2) {
            accounts.forEach(account -> outcomes.put(account.mailbox(), syncUnlessPaused(account)));
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, accounts.size()));
        try {
            Map<Mailbox, Future<SyncOutcome>> running = new LinkedHashMap<>();
            accounts.forEach(account -> running.put(account.mailbox(), pool.submit(() -> syncUnlessPaused(account))));
            for (Map.Entry<Mailbox, Future<SyncOutcome>> entry : running.entrySet()) {
                outcomes.put(entry.getKey(), await(entry.getValue()));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private SyncOutcome syncUnlessPaused(MailboxAccount account) {
        return account.paused() ? new SyncOutcome.Paused() : sync(account.mailbox(), MailboxSync.PageListener.NONE);
    }

    private static SyncOutcome await(Future<SyncOutcome> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SyncOutcome.RetryLater("interrupted while syncing");
        } catch (ExecutionException e) {
            // sync turns every RuntimeException into an outcome: what arrives here is an Error.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a mailbox sync failed unexpectedly", e.getCause());
        }
    }

    /**
     * Syncs one mailbox under this instance's lease, as a tick does, telling {@code listener} after each stored
     * page once the lease is extended (a scheduler's progress, or its request to stop: the listener may throw,
     * and the sync then ends as {@link SyncOutcome.RetryLater} with its pages so far stored).
     */
    public SyncOutcome sync(Mailbox mailbox, MailboxSync.PageListener listener) {
        MailboxLeases leases = stores.leases();
        if (!leases.claim(mailbox, holder, clock.instant(), lease)) {
            return new SyncOutcome.LeasedElsewhere();
        }
        try {
            return sync.sync(mailbox, (synced, report) -> {
                if (!leases.claim(synced, holder, clock.instant(), lease)) {
                    throw new LeaseLostException(synced);
                }
                listener.pageStored(synced, report);
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
