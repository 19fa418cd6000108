package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.port.out.MailboxLeases;
import dev.fundcrm.domain.port.out.Mailboxes;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores as an instance about to die sees them, to simulate a crash inside one process: at a chosen checkpoint
 * they throw a {@link Crash}, which nothing in the code under test catches, and a dead instance releases no
 * lease. What the wrapped stores committed before stays, as after a real crash. As thread-safe as the stores
 * they wrap.
 */
public final class Crashes {

    private Crashes() {
    }

    /**
     * The instance died here. An {@link Error}, as a process's death is not something the code under test
     * may catch and carry on from; only a test catches it.
     */
    public static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash(String where) {
            super("simulated crash " + where, null, false, false);
        }
    }

    /**
     * The stores, except that the {@code n}-th checkpoint saved through them (counting from 1, across mailboxes)
     * throws a {@link Crash} instead of being saved: the instance dies after that page's {@code Captures.store}
     * returned, before its checkpoint. Every other checkpoint is saved.
     */
    public static Stores atCheckpoint(Stores stores, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("checkpoints count from 1, was " + n);
        }
        return new CrashingMailboxes(stores.mailboxes(), n).in(stores);
    }

    /** The stores, except that releasing a lease does nothing: a dead instance gives nothing up. */
    public static Stores leavingLeasesHeld(Stores stores) {
        MailboxLeases leases = stores.leases();
        MailboxLeases neverReleased = new MailboxLeases() {
            @Override
            public boolean claim(Mailbox mailbox, String holder, Instant now, Duration ttl) {
                return leases.claim(mailbox, holder, now, ttl);
            }

            @Override
            public void release(Mailbox mailbox, String holder) {
                // dead: the lease runs out instead
            }
        };
        return new Stores(stores.transactions(), stores.contacts(), stores.messages(), stores.proposals(),
                stores.activities(), stores.mailboxes(), stores.admins(), stores.blocklist(), stores.auditLog(),
                stores.digestRuns(), stores.captures(), neverReleased);
    }

    private static final class CrashingMailboxes extends ForwardingMailboxes {
        private final int crashAt;
        private final AtomicInteger checkpoints = new AtomicInteger();

        CrashingMailboxes(Mailboxes mailboxes, int crashAt) {
            super(mailboxes);
            this.crashAt = crashAt;
        }

        @Override
        public void saveCheckpoint(Mailbox mailbox, Checkpoint checkpoint) {
            int number = checkpoints.incrementAndGet();
            if (number == crashAt) {
                throw new Crash("before checkpoint " + number + " ('" + checkpoint.value() + "' of " + mailbox + ")");
            }
            super.saveCheckpoint(mailbox, checkpoint);
        }
    }
}
