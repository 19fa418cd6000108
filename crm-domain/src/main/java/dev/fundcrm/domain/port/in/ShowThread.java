package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.MessageThread;
import dev.fundcrm.domain.model.StoredMessage;

/** What was captured of a message's thread, across the team mailboxes that saw the message. Read-only. */
public interface ShowThread {

    /**
     * The threads the message's copies sit in, one per mailbox, merged: the captured messages oldest first (the
     * message itself always among them) and the others as identifiers only. Never null.
     */
    MessageThread thread(StoredMessage message);
}
