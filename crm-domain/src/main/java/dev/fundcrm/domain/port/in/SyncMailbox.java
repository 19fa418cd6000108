package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.SyncOutcome;

/**
 * Captures what a team mailbox gained since its checkpoint: every new message is triaged on its headers,
 * kept as identifiers only unless it matches, read in full and proposed if it does. Re-running over the same
 * messages creates nothing new. One caller per mailbox at a time (leases see to it across instances).
 */
public interface SyncMailbox {

    SyncOutcome sync(Mailbox mailbox);
}
