package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.SyncState;
import java.util.List;
import java.util.Optional;

/** The team mailboxes registered for capture, and each one's sync state. Thread-safe. */
public interface Mailboxes {

    /** Registers a mailbox, or updates its aliases and pause flag; its sync state is kept. */
    void register(MailboxAccount account);

    /** All registered mailboxes, by address. */
    List<MailboxAccount> all();

    Optional<MailboxAccount> find(Mailbox mailbox);

    /** The mailbox's sync state; {@link SyncState#initial} for a registered mailbox never synced. */
    SyncState state(Mailbox mailbox);

    /** Stores a new checkpoint: call only after everything before it is stored. */
    void saveCheckpoint(Mailbox mailbox, Checkpoint checkpoint);

    /** Stores the whole state (status, counters, checkpoint). */
    void saveState(SyncState state);
}
