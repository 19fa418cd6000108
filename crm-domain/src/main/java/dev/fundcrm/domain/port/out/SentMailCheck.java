package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MessageId;

/**
 * Looks in a sender's own mailbox for a mail the system sent, by its fixed Message-ID: how a digest run left
 * SENDING by an instance that died after handing the mail over is told apart from one that never went out.
 * Read-only. Thread-safe.
 */
public interface SentMailCheck {

    enum Answer {
        /** The sender's mailbox holds the message: it went out. */
        SENT,
        /** It does not: it was not sent through this sender's mailbox. */
        NOT_SENT,
        /** The mailbox could not be searched now (the implementation logged a safe reason). */
        CANNOT_TELL
    }

    /** Never throws for a failure of the mailbox: that is {@link Answer#CANNOT_TELL}. */
    Answer lookUp(EmailAddress sender, MessageId messageId);
}
