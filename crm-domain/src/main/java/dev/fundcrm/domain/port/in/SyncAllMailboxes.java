package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;
import java.util.Map;

/**
 * One scheduler tick: syncs every registered, unpaused mailbox this instance can lease, one after another.
 * Mailboxes leased by another instance come back as {@link SyncOutcome.LeasedElsewhere}.
 */
public interface SyncAllMailboxes {

    /** The outcome per mailbox, in the order they were tried. */
    Map<Mailbox, SyncOutcome> syncAll();
}
