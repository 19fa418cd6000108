package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.Mailbox;

/** The quota units a mailbox's user has spent so far, by the source's own count; a sync's cost is the difference. */
@FunctionalInterface
public interface QuotaMeter {

    /** For sources that spend no quota: an imported mbox, a fake. */
    QuotaMeter NONE = mailbox -> 0;

    long unitsSpent(Mailbox mailbox);
}
