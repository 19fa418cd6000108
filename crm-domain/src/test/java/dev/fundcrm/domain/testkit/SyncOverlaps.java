package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.domain.port.out.Mailboxes;
import dev.fundcrm.domain.port.out.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Watches the syncs of several instances for two of them on one mailbox at once, without asking the leases.
 * A sync of a registered, unpaused mailbox is in flight from its first look at the mailbox's registration
 * ({@code Mailboxes.find}) to its final {@code saveState}, on the thread that runs it; and every read of a
 * mailbox from the source must come from the thread in flight on it. A second thread entering, or reading
 * outside, is recorded as an overlap. Wrap each instance's stores and the source they share. Thread-safe.
 */
public final class SyncOverlaps {

    private final ConcurrentMap<Mailbox, Thread> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentMap<Mailbox, Integer> finished = new ConcurrentHashMap<>();
    private final List<String> overlaps = new ArrayList<>();

    /** The instance's stores, watched. */
    public Stores watch(Stores stores) {
        return new WatchedMailboxes(stores.mailboxes()).in(stores);
    }

    /** The shared source, watched. */
    public MailboxSource watch(MailboxSource source) {
        return new MailboxSource() {
            @Override
            public ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize) {
                read(mailbox, "listed");
                return source.changes(mailbox, since, pageSize);
            }

            @Override
            public ChangePage search(Mailbox mailbox, MailSearch search, Checkpoint since, int pageSize) {
                read(mailbox, "searched");
                return source.search(mailbox, search, since, pageSize);
            }

            @Override
            public List<FetchedMessage> fetchHeaders(Mailbox mailbox, List<MessageRef> refs) {
                read(mailbox, "read at headers level");
                return source.fetchHeaders(mailbox, refs);
            }

            @Override
            public FetchedMessage fetchFull(MessageRef ref) {
                read(ref.mailbox(), "read in full");
                return source.fetchFull(ref);
            }
        };
    }

    /** What went wrong, one line each; empty if no mailbox was ever synced by two threads at once. */
    public synchronized List<String> overlaps() {
        return List.copyOf(overlaps);
    }

    /** How many syncs of each mailbox ended. */
    public Map<Mailbox, Integer> finishedSyncs() {
        return Map.copyOf(finished);
    }

    private void enter(Mailbox mailbox) {
        Thread other = inFlight.putIfAbsent(mailbox, Thread.currentThread());
        if (other != null) {
            record(mailbox + ": " + Thread.currentThread().getName() + " began a sync while " + other.getName()
                    + " was syncing it");
        }
    }

    private void exit(Mailbox mailbox) {
        if (!inFlight.remove(mailbox, Thread.currentThread())) {
            record(mailbox + ": " + Thread.currentThread().getName() + " ended a sync it was not running");
        }
        finished.merge(mailbox, 1, Integer::sum);
    }

    private void read(Mailbox mailbox, String how) {
        Thread syncing = inFlight.get(mailbox);
        if (syncing != Thread.currentThread()) {
            record(mailbox + ": " + how + " by " + Thread.currentThread().getName() + " while "
                    + (syncing == null ? "no sync" : syncing.getName()) + " was in flight");
        }
    }

    private synchronized void record(String overlap) {
        overlaps.add(overlap);
    }

    private final class WatchedMailboxes extends ForwardingMailboxes {
        WatchedMailboxes(Mailboxes mailboxes) {
            super(mailboxes);
        }

        @Override
        public Optional<MailboxAccount> find(Mailbox mailbox) {
            enter(mailbox);
            return super.find(mailbox);
        }

        @Override
        public void saveState(SyncState state) {
            super.saveState(state);
            exit(state.mailbox());
        }
    }
}
